export * from './start-gateway';
export * from './sign-in';
export * from './http';
