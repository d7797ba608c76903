import type { BrowserExecutor } from '../../runtime/browser';
import { createEngineClient, type EngineClient } from '../../worker/client';
import { useAppStore } from '../store';
import { workerServiceHost } from './worker-service-host';

let client: EngineClient | undefined;
let executor: Promise<BrowserExecutor> | undefined;

// The sandbox boots on the first invocation, so that code from a shared link
// never runs before the person sends a request.
function getExecutor(): Promise<BrowserExecutor> {
  if (!executor) {
    executor = import('../../runtime/browser').then((module) =>
      module.createBrowserExecutor({
        // pg reaches the RDS nodes of the scenario on the canvas at call time.
        scenario: () => useAppStore.getState().scenario,
        // SendMessage and PutEvents reach the queues and buses of the run in the worker.
        host: workerServiceHost(engineClient),
        onSandboxRestart: (reason) => {
          const message = `The sandbox was reset and every function will start cold: ${reason}`;
          useAppStore.getState().reportFailure({
            source: 'sandbox',
            message,
            details: failureDetails('sandbox', message),
          });
        },
      }),
    );
    executor.catch(() => {
      executor = undefined;
    });
  }

  return executor;
}

/**
 * Runs SQL on an RDS node's database, the same PGlite the functions reach;
 * the first call loads PGlite.
 */
export async function queryDatabase(rdsNodeId: string, sql: string): Promise<unknown> {
  return (await getExecutor()).queryDatabase(rdsNodeId, sql);
}

/** Returns the page's one engine client, starting the worker on first use. */
export function engineClient(): EngineClient {
  if (!client) {
    client = createEngineClient({
      getInvoker: getExecutor,
      onError: (error) =>
        useAppStore.getState().reportFailure({
          ...error,
          details: failureDetails(error.source, error.message),
        }),
    });
  }

  return client;
}

/** Text for "Copy details": what failed, when, and in which browser. */
export function failureDetails(source: string, message: string): string {
  return [
    `Lambda Playground ${source} failure`,
    `Message: ${message}`,
    `Scenario: ${useAppStore.getState().scenario.name}`,
    `Time: ${new Date().toISOString()}`,
    `Browser: ${navigator.userAgent}`,
  ].join('\n');
}
