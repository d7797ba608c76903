export * from './batch-response';
export * from './event';
export * from './message-attributes';
export * from './md5';
export * from './scaling';
export * from './validate';
export { MAX_BATCH_BYTES, THROTTLE_RETRY_MS } from './mapping';
export { effectiveVisibilityMs, queueArn, resolveDeadLetterQueue } from './resolve';
export { simulate, simulateAsync, createSimulation } from '../sim';
