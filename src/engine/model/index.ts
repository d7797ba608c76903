export * from './configs';
export * from './connections';
export * from './fields';
export * from './load';
export * from './migrate';
export * from './node-types';
export * from './parse';
export * from './resolve';
export * from './result';
export * from './scenario';
export * from './schema-issues';
// Share links (./share) are imported from their own module: they carry a
// compressor that the app loads only when a link is opened or built.
