export { createRunEnvironment } from './environment';
export { runRequest } from './run-request';
export { invokeApiResponse } from './run-lambda';
export type { RunOptions } from './run-alb';
export type * from './types';
export { GraphCallRouter, ServiceCallError } from './graph-calls';
export type { ServiceCall, ServiceCallHandler } from './graph-calls';
export { MAX_RUN_INVOCATIONS } from './graph-run';
