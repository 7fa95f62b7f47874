export * from './table-columns';
export * from './table-reading';
export * from './table-template';
export * from './table-upload.interceptor';
export * from './table-import.response';
