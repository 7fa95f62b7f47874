import { declaredMethods } from './method-not-allowed';

describe('declaredMethods', () => {
  const document = {
    paths: {
      '/dealers': { get: {}, post: {} },
      '/dealers/{code}': { get: {} },
      '/payments': { post: {} },
    },
  };

  it('lists each path with its methods, HEAD with GET', () => {
    expect(declaredMethods(document).map((d) => d.methods)).toEqual([['GET', 'POST', 'HEAD'], ['GET', 'HEAD'], ['POST']]);
  });

  it('matches a path parameter as one segment, with or without a trailing slash', () => {
    const [, one] = declaredMethods(document);
    expect(['/dealers/D1', '/dealers/D1/', '/dealers/D1/agreements', '/dealers/'].map((p) => one!.pattern.test(p))).toEqual([true, true, false, false]);
  });
});
