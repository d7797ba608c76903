import { checkTargetHealth } from '../engine/alb';
import { createApiGatewayState } from '../engine/apigateway';
import { GraphCallRouter, runRequest } from '../engine/run';
import { createSeededRandom } from '../engine/util';
import { validateScenario } from '../engine/validate';
import { errorMessage } from './errors';
import type { PageToWorker, WorkerToPage } from './protocol';
import { RemoteInvokers } from './remote-invoker';
import { answerServiceCall } from './service-calls';
import { runSimulation } from './simulate-run';

/** Handles the page's messages inside the engine worker. */
export interface EngineHost {
  handle(message: PageToWorker): void;
}

/**
 * Creates the message handler of the engine worker. `post` sends to the page
 * and `now` is the engine's clock (wall-clock time in the browser).
 */
export function createEngineHost(
  post: (message: WorkerToPage) => void,
  now: () => number = Date.now,
): EngineHost {
  const invokers = new RemoteInvokers(post);
  const cancelled = new Set<number>();
  // API Gateway throttling buckets and caches live as long as the worker.
  const apiGatewayState = createApiGatewayState();
  // The run in progress serves the handlers' SDK calls the page forwards.
  const serviceCalls = new GraphCallRouter();

  const finish = (id: number, answer: () => WorkerToPage): void => {
    if (cancelled.delete(id)) {
      return;
    }
    post(answer());
  };

  const fail = (id: number, error: unknown): void => {
    finish(id, () => ({ type: 'error', id, message: errorMessage(error) }));
  };

  return {
    handle(message) {
      switch (message.type) {
        case 'validate': {
          try {
            const diagnostics = validateScenario(message.scenario);
            post({ type: 'validate-result', id: message.id, diagnostics });
          } catch (error) {
            fail(message.id, error);
          }
          return;
        }
        case 'run': {
          const { id, scenario, entryNodeId, input, seed, options } = message;
          const environment = { now, random: createSeededRandom(seed) };
          const invoker = invokers.forRun(id);
          runRequest(scenario, entryNodeId, input, invoker, environment, {
            ...options,
            apiGatewayState,
            serviceCalls,
          })
            .then((result) => finish(id, () => ({ type: 'run-result', id, result })))
            .catch((error: unknown) => fail(id, error));
          return;
        }
        case 'health-check': {
          const { id, scenario, edgeId, count, seed } = message;
          const environment = { now, random: createSeededRandom(seed) };
          checkTargetHealth(scenario, edgeId, invokers.forRun(id), environment, count)
            .then((run) => finish(id, () => ({ type: 'health-check-result', id, run })))
            .catch((error: unknown) => fail(id, error));
          return;
        }
        case 'simulate': {
          const { id, scenario, options } = message;
          runSimulation(scenario, options ?? {}, {
            onProgress: (progress) => {
              if (!cancelled.has(id)) {
                post({ type: 'simulate-progress', id, progress });
              }
            },
            isCancelled: () => cancelled.has(id),
            pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
            wallNow: () => performance.now(),
          })
            .then((outcome) => finish(id, () => ({ type: 'simulate-result', id, outcome })))
            .catch((error: unknown) => fail(id, error));
          return;
        }
        case 'cancel': {
          cancelled.add(message.id);
          invokers.cancelRun(message.id, 'The request was cancelled.');
          return;
        }
        case 'invoke-result': {
          invokers.settle(message.id, message.record, message.error);
          return;
        }
        case 'service-call': {
          const { id, call, fn } = message;
          void answerServiceCall(serviceCalls, call, fn).then((outcome) =>
            post({ type: 'service-call-result', id, outcome }),
          );
          return;
        }
      }
    },
  };
}
