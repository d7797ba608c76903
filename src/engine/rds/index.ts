export * from './access';
export * from './connections';
export * from './endpoint';
export * from './iam-token';
export * from './max-connections';
export * from './postgres-errors';
export * from './secret';
export * from './proxy';
