import { sourcesHash } from '../../../deploy/web-build.mjs';

/** npm start builds the UI only when its sources changed since the last build (README "Settings", UI_BUILD). */
describe('the sources a build of the UI is made from', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    process.env['NODE_ENV'] = saved['NODE_ENV'];
  });

  it('hash the same twice over the same files and settings', () => {
    expect(sourcesHash()).toBe(sourcesHash());
  });

  it('differ when a BACKOFFICE_ setting that vite reads differs', () => {
    const before = sourcesHash();
    process.env['BACKOFFICE_WEB_BUILD_SPEC'] = 'another value';
    expect(sourcesHash()).not.toBe(before);
  });

  it('ignore a setting vite does not read, and NODE_ENV (the build runs in production whatever the caller runs in)', () => {
    const before = sourcesHash();
    process.env['SOMETHING_ELSE_WEB_BUILD_SPEC'] = 'x';
    process.env['NODE_ENV'] = process.env['NODE_ENV'] === 'test' ? 'development' : 'test';
    expect(sourcesHash()).toBe(before);
  });
});
