import type { FunctionInvoker } from '../../engine/lambda/invocation';
import { executorHost, type ScenarioHostSettings } from '../database/executor-host';
import { EnvironmentPool, type EnvironmentInfo, type PoolOptions } from '../shared/environment-pool';
import { SHARED_BUILTINS } from '../shared/module-registry';
import type { ChannelFactory } from '../shared/protocol';
import { Sandbox } from './sandbox';

/**
 * Options of the browser executor. With `scenario`, `pg` reaches PGlite,
 * which is imported when a function first connects to an RDS node.
 */
export interface BrowserExecutorOptions extends PoolOptions, ScenarioHostSettings {
  /** Element that contains the hidden sandbox iframe; defaults to `document.body`. */
  container?: HTMLElement;
  /** Called when the sandbox failed and was restarted; every environment went cold. */
  onSandboxRestart?: (reason: string) => void;
}

/** A `FunctionInvoker` that runs handlers in a sandboxed iframe's workers. */
export interface BrowserExecutor extends FunctionInvoker {
  /** Lists live execution environments. */
  environments(): EnvironmentInfo[];
  /** Reason of the last sandbox restart, if any. */
  lastFailure(): string | undefined;
  /** Removes the sandbox and terminates every environment. */
  dispose(): void;
  /**
   * Runs SQL on an RDS node's database, the one the functions reach, as a
   * console would. Throws the Postgres error, or when no scenario was given.
   */
  queryDatabase(rdsNodeId: string, sql: string): Promise<unknown>;
}

/** Creates an executor backed by one sandbox iframe; rejects when it does not start. */
export async function createBrowserExecutor(
  options: BrowserExecutorOptions = {},
): Promise<BrowserExecutor> {
  const container = options.container ?? document.body;
  let lastFailure: string | undefined;
  let disposed = false;
  let sandbox: Sandbox;
  let restarting: Promise<void> | undefined;

  const restart = (reason: string): void => {
    if (restarting || disposed) return;
    lastFailure = reason;
    sandbox.close(reason);
    restarting = Sandbox.boot(container, restart)
      .then((next) => {
        sandbox = next;
        options.onSandboxRestart?.(reason);
      })
      .finally(() => {
        restarting = undefined;
      });
  };
  sandbox = await Sandbox.boot(container, restart);

  // Environments bind to the sandbox current at their creation.
  const factory: ChannelFactory = (events) => sandbox.channelFactory(events);
  const { host, scenarioHost } = executorHost(options);
  const pool = new EnvironmentPool(factory, SHARED_BUILTINS, host ? { host } : {});

  return {
    invoke: async (request) => {
      if (restarting) await restarting;

      return pool.invoke(request);
    },
    environments: () => pool.list(),
    lastFailure: () => lastFailure,
    queryDatabase: (rdsNodeId, sql) => {
      if (!scenarioHost) {
        return Promise.reject(new Error('This executor has no scenario, so it has no databases.'));
      }
      return scenarioHost.queryDatabase(rdsNodeId, sql);
    },
    dispose: () => {
      disposed = true;
      pool.stopAll();
      void scenarioHost?.close();
      sandbox.close('executor disposed');
    },
  };
}
