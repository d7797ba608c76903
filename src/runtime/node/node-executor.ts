import type { FunctionInvoker } from '../../engine/lambda/invocation';
import { EnvironmentPool, type EnvironmentInfo, type PoolOptions } from '../shared/environment-pool';
import { SHARED_BUILTINS } from '../shared/module-registry';
import { workerChannelFactory } from './worker-channel';

/** Built-ins a handler may import in Node.js: the shared ones plus `node:buffer`. */
export const NODE_BUILTINS: readonly string[] = [...SHARED_BUILTINS, 'node:buffer'];

/** A `FunctionInvoker` that runs handlers in `worker_threads` workers. */
export interface NodeExecutor extends FunctionInvoker {
  /** Lists live execution environments. */
  environments(): EnvironmentInfo[];
  /** Terminates every environment. */
  dispose(): Promise<void>;
}

/** Creates an executor with one `worker_threads` worker per environment. */
export function createNodeExecutor(options: PoolOptions = {}): NodeExecutor {
  const pool = new EnvironmentPool(workerChannelFactory, NODE_BUILTINS, options);

  return {
    invoke: (request) => pool.invoke(request),
    environments: () => pool.list(),
    dispose: async () => pool.stopAll(),
  };
}
