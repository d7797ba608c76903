/**
 * Messages between the page and the engine web worker. Every request carries
 * an id, and the response to it carries the same id.
 */
import type { HealthCheckRun } from '../engine/alb';
import type {
  FunctionDefinition,
  InvocationRecord,
  InvocationRequest,
} from '../engine/lambda/invocation';
import type { Scenario } from '../engine/model';
import type { RunOptions, ServiceCall } from '../engine/run';
import type { RunInput, RunResult } from '../engine/run/types';
import type { Diagnostic } from '../engine/validate/diagnostic';
import type {
  SimulateOutcome,
  SimulateProgress,
  SimulateRequest,
} from './simulate-types';

/** Messages the page sends to the worker. */
export type PageToWorker =
  | { type: 'validate'; id: number; scenario: Scenario }
  | {
      type: 'run';
      id: number;
      scenario: Scenario;
      entryNodeId: string;
      input: RunInput;
      seed: number;
      /** Target health from earlier health checks, by edge id. */
      options?: RunOptions;
    }
  | {
      type: 'health-check';
      id: number;
      scenario: Scenario;
      edgeId: string;
      count: number;
      seed: number;
    }
  /** Runs the scenario's loads on the simulator; `cancel` stops it. */
  | { type: 'simulate'; id: number; scenario: Scenario; options?: SimulateRequest }
  /** Stops waiting for request `id`; its pending invocations fail. */
  | { type: 'cancel'; id: number }
  /** The page's response to an `invoke` message from the worker. */
  | {
      type: 'invoke-result';
      id: number;
      record?: InvocationRecord;
      error?: string;
    }
  /**
   * A handler's SDK call (SQS, EventBridge) that the page's sandbox received,
   * for the run in progress; the worker responds with `service-call-result`.
   */
  | { type: 'service-call'; id: number; call: ServiceCall; fn: FunctionDefinition };

/** Result the worker returns for a `service-call`. */
export type ServiceCallOutcome =
  /** No run in progress serves the call; the page reports it not connected. */
  | { kind: 'unserved' }
  | { kind: 'output'; output: unknown }
  /** The service's error; `name` is the error name the SDK gives it. */
  | { kind: 'error'; name: string; message: string };

/** Messages the worker sends to the page. */
export type WorkerToPage =
  | { type: 'validate-result'; id: number; diagnostics: Diagnostic[] }
  | { type: 'run-result'; id: number; result: RunResult }
  | { type: 'health-check-result'; id: number; run: HealthCheckRun }
  /** Progress of simulation `id`; it also shows the worker is alive. */
  | { type: 'simulate-progress'; id: number; progress: SimulateProgress }
  | { type: 'simulate-result'; id: number; outcome: SimulateOutcome }
  /** Request `id` failed, for the reason in `message`. */
  | { type: 'error'; id: number; message: string }
  /**
   * Asks the page to run handler code: it cannot run in this worker, only
   * in the page's sandbox. `runId` is the request that needs it.
   */
  | { type: 'invoke'; id: number; runId: number; request: InvocationRequest }
  | { type: 'service-call-result'; id: number; outcome: ServiceCallOutcome };

/** The request kinds the page can wait on, with what each resolves to. */
export interface ResultOf {
  validate: Diagnostic[];
  run: RunResult;
  'health-check': HealthCheckRun;
  simulate: SimulateOutcome;
}
