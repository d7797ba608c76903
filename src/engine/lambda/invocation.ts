/**
 * The contract between the engine and whatever runs handler code.
 *
 * The engine decides which function runs with which event; an executor in
 * `src/runtime/` (a sandboxed Web Worker in the browser, `worker_threads` in
 * Node) runs the real handler and returns an `InvocationRecord`.
 */

/** A Lambda function as the runtime needs it, resolved from a scenario node. */
export interface FunctionDefinition {
  /** Scenario node id; environments are kept per node. */
  nodeId: string;
  /** `FunctionName`, defaulting to the node id. */
  functionName: string;
  /** Handler source, `config.code`. */
  code: string;
  language: 'javascript' | 'typescript';
  /** `Handler`, for example `index.handler`; the part after the dot is the export. */
  handler: string;
  /** `Timeout` in seconds (1–900). */
  timeoutSeconds: number;
  /** `MemorySize` in MB (128–10,240). */
  memorySizeMb: number;
  /** `Environment.Variables`. */
  environment: Record<string, string>;
  region: string;
  accountId: string;
  /** `Runtime`, for example `nodejs22.x`. Node.js 24 and later reject callback handlers. */
  runtime: string;
}

/** One request to run a function's handler with an event. */
export interface InvocationRequest {
  function: FunctionDefinition;
  event: unknown;
  /** Lambda request id; the executor generates one when absent. */
  requestId?: string;
}

/** Outcome of an invocation. */
export type InvocationOutcome = 'success' | 'error' | 'timeout' | 'crash';

/** Result of one invocation, in the shape the engine reasons about. */
export interface InvocationRecord {
  requestId: string;
  functionNodeId: string;
  event: unknown;
  outcome: InvocationOutcome;
  /**
   * The Invoke response payload: the handler's value on success, otherwise
   * Lambda's error payload (`errorType`, `errorMessage`, `trace`).
   */
  payload: unknown;
  /** Log lines as CloudWatch Logs would show them, `START` to `REPORT`. */
  logs: string[];
  /** Invoke phase duration in ms, with two decimals as in `REPORT`. */
  durationMs: number;
  billedDurationMs: number;
  /** Present on a cold start only. */
  initDurationMs?: number;
  coldStart: boolean;
  /** Identifies the execution environment, so reuse can be shown. */
  environmentId: string;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
}

/** Runs handler code; implemented once for the browser and once for Node. */
export interface FunctionInvoker {
  invoke(request: InvocationRequest): Promise<InvocationRecord>;
}
