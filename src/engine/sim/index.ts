export * from './clock';
export * from './event-queue';
export * from './real-invocations';
export * from './simulation';
export * from './types';
export { ARRIVAL_SLICE_MS } from './loads';
export { messageIdOf } from './message-ids';
