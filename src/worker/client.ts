import type { FunctionDefinition, FunctionInvoker } from '../engine/lambda/invocation';
import type { Scenario } from '../engine/model';
import type { RunOptions, ServiceCall } from '../engine/run';
import type { RunInput } from '../engine/run/types';
import { errorMessage } from './errors';
import type {
  PageToWorker,
  ResultOf,
  ServiceCallOutcome,
  WorkerToPage,
} from './protocol';
import type { SimulateProgress, SimulateRequest } from './simulate-types';

/** A failure the person should see that belongs to no single request. */
export interface EngineClientError {
  /** `worker`: the engine worker crashed or hung; `sandbox`: handler code could not run. */
  source: 'worker' | 'sandbox';
  message: string;
}

export interface EngineClientOptions {
  /** Returns the executor that runs handler code; called on the first invocation. */
  getInvoker(): Promise<FunctionInvoker>;
  onError?(error: EngineClientError): void;
  /** Starts an engine worker; the default loads engine.worker.ts. */
  createWorker?(): Worker;
}

export interface RequestOptions {
  /** Fails the request, and restarts the worker, after this many ms. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface SimulateOptions extends RequestOptions {
  /** Called between chunks; the timeout restarts with each call. */
  onProgress?(progress: SimulateProgress): void;
}

/** Promise-returning access to the engine worker. */
export interface EngineClient {
  validate(scenario: Scenario, options?: RequestOptions): Promise<ResultOf['validate']>;
  run(
    scenario: Scenario,
    entryNodeId: string,
    input: RunInput,
    seed: number,
    options?: RequestOptions,
    runOptions?: RunOptions,
  ): Promise<ResultOf['run']>;
  healthCheck(
    scenario: Scenario,
    edgeId: string,
    count: number,
    seed: number,
    options?: RequestOptions,
  ): Promise<ResultOf['health-check']>;
  /** Simulates the scenario's loads; `timeoutMs` counts from the last progress. */
  simulate(
    scenario: Scenario,
    request?: SimulateRequest,
    options?: SimulateOptions,
  ): Promise<ResultOf['simulate']>;
  /**
   * Forwards a handler's SDK call to the run in progress in the worker;
   * `unserved` when no worker runs.
   */
  serviceCall(call: ServiceCall, fn: FunctionDefinition): Promise<ServiceCallOutcome>;
  /** Stops the worker; pending requests fail. */
  dispose(): void;
}

interface Pending {
  worker: Worker;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
  onProgress?(progress: SimulateProgress): void;
  /** Starts the timeout again. */
  rearm(): void;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function startEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
}

/**
 * Creates the page's client of the engine worker. A crashed or hung worker is
 * terminated, its pending requests fail, and the next request starts a new one.
 */
export function createEngineClient(options: EngineClientOptions): EngineClient {
  const createWorker = options.createWorker ?? startEngineWorker;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const calls = new Map<number, { worker: Worker; settle(outcome: ServiceCallOutcome): void }>();

  const restart = (reason: string): void => {
    const broken = worker;
    if (!broken) {
      return;
    }
    worker = undefined;
    broken.terminate();
    for (const [id, request] of pending) {
      if (request.worker === broken) {
        pending.delete(id);
        clearTimeout(request.timer);
        request.reject(new Error(reason));
      }
    }
    for (const [id, call] of calls) {
      if (call.worker === broken) {
        calls.delete(id);
        call.settle({ kind: 'error', name: 'InternalFailure', message: reason });
      }
    }
  };

  const answerInvoke = async (
    from: Worker,
    message: Extract<WorkerToPage, { type: 'invoke' }>,
  ): Promise<void> => {
    let reply: PageToWorker;
    try {
      const invoker = await options.getInvoker();
      const record = await invoker.invoke(message.request);
      reply = { type: 'invoke-result', id: message.id, record };
    } catch (error) {
      const text = `The sandbox could not run ${message.request.function.functionName}: ${errorMessage(error)}`;
      options.onError?.({ source: 'sandbox', message: text });
      reply = { type: 'invoke-result', id: message.id, error: text };
    }
    if (worker === from) {
      from.postMessage(reply);
    }
  };

  const onMessage = (from: Worker, message: WorkerToPage): void => {
    if (message.type === 'invoke') {
      void answerInvoke(from, message);
      return;
    }
    if (message.type === 'service-call-result') {
      calls.get(message.id)?.settle(message.outcome);
      calls.delete(message.id);
      return;
    }
    const request = pending.get(message.id);
    if (!request) {
      return;
    }
    if (message.type === 'simulate-progress') {
      request.rearm();
      request.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    clearTimeout(request.timer);
    switch (message.type) {
      case 'error':
        request.reject(new Error(message.message));
        return;
      case 'validate-result':
        request.resolve(message.diagnostics);
        return;
      case 'run-result':
        request.resolve(message.result);
        return;
      case 'health-check-result':
        request.resolve(message.run);
        return;
      case 'simulate-result':
        request.resolve(message.outcome);
        return;
    }
  };

  const ensureWorker = (): Worker => {
    if (worker) {
      return worker;
    }
    const started = createWorker();
    started.onmessage = (event: MessageEvent<WorkerToPage>) =>
      onMessage(started, event.data);
    started.onerror = (event) => {
      event.preventDefault();
      const reason = `The engine worker failed (${event.message || 'no message'}); it was restarted.`;
      options.onError?.({ source: 'worker', message: reason });
      if (worker === started) {
        restart(reason);
      }
    };
    started.onmessageerror = () => {
      options.onError?.({
        source: 'worker',
        message: 'A message from the engine worker could not be read.',
      });
    };
    worker = started;

    return started;
  };

  const request = <K extends keyof ResultOf>(
    message: PageToWorker & { type: K },
    requestOptions: SimulateOptions = {},
  ): Promise<ResultOf[K]> => {
    const target = ensureWorker();
    const timeoutMs = requestOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS;

    return new Promise<ResultOf[K]>((resolve, reject) => {
      const { id } = message as { id: number };
      const onTimeout = () => {
        const reason = `The engine did not answer the ${message.type} request within ${timeoutMs / 1000} s; the engine worker was restarted.`;
        options.onError?.({ source: 'worker', message: reason });
        if (worker === target) {
          restart(reason);
        }
        reject(new Error(reason));
      };
      const entry: Pending = {
        worker: target,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(onTimeout, timeoutMs),
        onProgress: requestOptions.onProgress,
        rearm: () => {
          clearTimeout(entry.timer);
          entry.timer = setTimeout(onTimeout, timeoutMs);
        },
      };
      pending.set(id, entry);
      requestOptions.signal?.addEventListener('abort', () => {
        if (pending.delete(id)) {
          clearTimeout(entry.timer);
          target.postMessage({ type: 'cancel', id } satisfies PageToWorker);
          reject(new Error('The request was cancelled.'));
        }
      });
      target.postMessage(message);
    });
  };

  return {
    validate: (scenario, requestOptions) =>
      request({ type: 'validate', id: nextId++, scenario }, requestOptions),
    run: (scenario, entryNodeId, input, seed, requestOptions, runOptions) =>
      request(
        { type: 'run', id: nextId++, scenario, entryNodeId, input, seed, options: runOptions },
        requestOptions,
      ),
    healthCheck: (scenario, edgeId, count, seed, requestOptions) =>
      request(
        { type: 'health-check', id: nextId++, scenario, edgeId, count, seed },
        requestOptions,
      ),
    simulate: (scenario, simulateRequest, requestOptions) =>
      request(
        { type: 'simulate', id: nextId++, scenario, options: simulateRequest },
        requestOptions,
      ),
    serviceCall: (call, fn) =>
      new Promise<ServiceCallOutcome>((settle) => {
        const target = worker;
        if (!target) {
          settle({ kind: 'unserved' });
          return;
        }
        const id = nextId++;
        calls.set(id, { worker: target, settle });
        target.postMessage({ type: 'service-call', id, call, fn } satisfies PageToWorker);
      }),
    dispose: () => restart('The engine client was disposed.'),
  };
}
