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
      imports: ['index.html'], dynamicImports: ['src/pages/funds/chart.ts'] },
    'src/pages/funds/chart.ts': { file: 'assets/chart.js', src: 'src/pages/funds/chart.ts', isDynamicEntry: true, imports: ['_echarts.js'] },
    'src/pages/dealers/list.page.tsx': { file: 'assets/list.js', src: 'src/pages/dealers/list.page.tsx', isDynamicEntry: true, imports: ['index.html'] },
    'style.css': { file: 'assets/style.css' },
    // loaded by a page on demand (an export click): not part of opening any page
    '../node_modules/exceljs/dist/exceljs.min.js': { file: 'assets/exceljs.js', isDynamicEntry: true, src: '../node_modules/exceljs/dist/exceljs.min.js' },
  };
  const sizes: Record<string, number> = { 'assets/index.js': 1000, 'assets/runtime.js': 10, 'assets/echarts.js': 500, 'assets/sign-in.js': 100,
    'assets/fund.js': 30, 'assets/chart.js': 10, 'assets/list.js': 60, 'assets/style.css': 9999,
    'assets/exceljs.js': 5000 };

  it('counts the shell as the entry, the sign-in page and their static imports, each chunk once', () => {
    expect(uiSizes(manifest, (file) => sizes[file]!).shellBytes).toBe(1110);
  });

  it('names the largest page by what it loads beyond the shell (its chunk, its lazy charts, their static imports), on-demand libraries aside', () => {
    expect(uiSizes(manifest, (file) => sizes[file]!).largestPage).toEqual({ name: 'src/pages/funds/fund.page.tsx', bytes: 540 });
  });
});
