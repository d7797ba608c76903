import type { FunctionInvoker } from '../../engine/lambda/invocation';
import { executorHost, type ScenarioHostSettings } from '../database/executor-host';
import { EnvironmentPool, type EnvironmentInfo, type PoolOptions } from '../shared/environment-pool';
import { SHARED_BUILTINS } from '../shared/module-registry';
import { workerChannelFactory } from './worker-channel';

/** Built-ins a handler may import in Node.js: the shared ones plus `node:buffer`. */
export const NODE_BUILTINS: readonly string[] = [...SHARED_BUILTINS, 'node:buffer'];

/** A `FunctionInvoker` that runs handlers in `worker_threads` workers. */
export interface NodeExecutor extends FunctionInvoker {
  /** Lists live execution environments. */
  environments(): EnvironmentInfo[];
  /** Terminates every environment and closes the scenario's databases. */
  dispose(): Promise<void>;
}

/** Options of the Node.js executor: a host, or a scenario to build one from. */
export type NodeExecutorOptions = PoolOptions & ScenarioHostSettings;

/** Creates an executor with one `worker_threads` worker per environment. */
export function createNodeExecutor(options: NodeExecutorOptions = {}): NodeExecutor {
  const { host, scenarioHost } = executorHost(options);
  const pool = new EnvironmentPool(
    workerChannelFactory,
    NODE_BUILTINS,
    host ? { host } : {},
  );

  return {
    invoke: (request) => pool.invoke(request),
    environments: () => pool.list(),
    dispose: async () => {
      pool.stopAll();
      await scenarioHost?.close();
    },
  };
}
