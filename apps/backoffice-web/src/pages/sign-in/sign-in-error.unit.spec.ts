import { signInErrorKey } from './sign-in-error';

describe('what a refused sign-in says', () => {
  it.each([
    [401, 'auth:signIn.errors.badCredentials'],
    [400, 'auth:signIn.errors.badCredentials'],
    [423, 'auth:signIn.errors.locked'],
    [403, 'auth:signIn.errors.locked'],
    [429, 'auth:signIn.errors.tooMany'],
    [503, 'auth:signIn.errors.unavailable'],
    [undefined, 'auth:signIn.errors.unavailable'],
  ])('%s -> %s', (status, key) => {
    expect(signInErrorKey(status)).toBe(key);
  });
});
