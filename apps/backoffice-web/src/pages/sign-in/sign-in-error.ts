/**
 * What a refused sign-in tells the reader, by the gateway's status: 401 bad credentials (it never
 * says whether the user exists), 423 or 403 a locked or disabled account, 429 too many attempts.
 */
export function signInErrorKey(status: number | undefined): string {
  switch (status) {
    case 401:
      return 'auth:signIn.errors.badCredentials';
    case 403:
    case 423:
      return 'auth:signIn.errors.locked';
    case 429:
      return 'auth:signIn.errors.tooMany';
    default:
      return status !== undefined && status < 500 ? 'auth:signIn.errors.badCredentials' : 'auth:signIn.errors.unavailable';
  }
}
