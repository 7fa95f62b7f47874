import { Manifest, uiSizes } from './ui-size';

describe('the UI bundle budgets, from vite\'s build manifest', () => {
  // The shape vite 8 writes: the entry (index.html), lazy pages importing it back, shared chunks.
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_runtime.js'] },
    '_runtime.js': { file: 'assets/runtime.js' },
    '_echarts.js': { file: 'assets/echarts.js', imports: ['_runtime.js'] },
    'src/pages/sign-in/sign-in.page.tsx': { file: 'assets/sign-in.js', src: 'src/pages/sign-in/sign-in.page.tsx', isDynamicEntry: true,
      imports: ['index.html', '_runtime.js'] },
    'src/pages/funds/fund.page.tsx': { file: 'assets/fund.js', src: 'src/pages/funds/fund.page.tsx', isDynamicEntry: true,
      imports: ['index.html', '_echarts.js'] },
    'src/pages/dealers/list.page.tsx': { file: 'assets/list.js', src: 'src/pages/dealers/list.page.tsx', isDynamicEntry: true, imports: ['index.html'] },
    'style.css': { file: 'assets/style.css' },
  };
  const sizes: Record<string, number> = { 'assets/index.js': 1000, 'assets/runtime.js': 10, 'assets/echarts.js': 500, 'assets/sign-in.js': 100,
    'assets/fund.js': 40, 'assets/list.js': 60, 'assets/style.css': 9999 };

  it('counts the shell as the entry, the sign-in page and their static imports, each chunk once', () => {
    expect(uiSizes(manifest, (file) => sizes[file]!).shellBytes).toBe(1110);
  });

  it('names the largest page by what it loads beyond the shell (its own chunk and its static imports)', () => {
    expect(uiSizes(manifest, (file) => sizes[file]!).largestPage).toEqual({ name: 'src/pages/funds/fund.page.tsx', bytes: 540 });
  });
});
