export { createRunEnvironment } from './environment';
export { runRequest } from './run-request';
export { invokeApiResponse } from './run-lambda';
export type { RunOptions } from './run-alb';
export type * from './types';
