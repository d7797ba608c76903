import type { InvocationRecord } from '../lambda/invocation';
import { TraceRecorder } from '../run/trace';
import type { ClientResponse, RunResult, TraceSpan } from '../run/types';
import { gatewayResponse } from './gateway-responses';

/** Trace, invocations and clock of one request through an API. */
export class ApiRun {
  readonly trace = new TraceRecorder();
  readonly invocations: InvocationRecord[] = [];
  readonly rootId: string;
  /** Time since the request arrived, in ms, as the trace shows it. */
  clockMs = 0;

  constructor(
    readonly apiNodeId: string,
    readonly requestId: string,
    label: string,
    payload: unknown,
  ) {
    this.rootId = this.trace.add({
      nodeId: apiNodeId,
      label,
      startMs: 0,
      endMs: 0,
      status: 'ok',
      payload,
    });
  }

  /** Adds a span under the root at the current clock. */
  step(span: Omit<TraceSpan, 'id' | 'parentId' | 'startMs' | 'endMs' | 'status'> & {
    status?: TraceSpan['status'];
    durationMs?: number;
  }): void {
    const { durationMs = 0, status = 'ok', ...rest } = span;
    this.trace.add({
      parentId: this.rootId,
      nodeId: this.apiNodeId,
      startMs: this.clockMs,
      endMs: this.clockMs + durationMs,
      status,
      ...rest,
    });
  }

  /** Ends the run with the response the client receives. */
  finish(response: ClientResponse, extra: { errorReason?: string; message?: string } = {}): RunResult {
    const failed = extra.errorReason !== undefined || response.statusCode >= 500;
    this.step({
      label: `Response ${response.statusCode} ${response.statusText} → client`,
      status: failed || response.statusCode >= 400 ? 'error' : 'ok',
      payload: response,
      ...(extra.message ? { detail: extra.message } : {}),
    });
    this.trace.closeRoot(this.clockMs, failed ? 'error' : 'ok');

    return {
      entryNodeId: this.apiNodeId,
      response,
      invocations: this.invocations,
      trace: this.trace.spans,
      ...(extra.errorReason ? { errorReason: extra.errorReason } : {}),
      ...(extra.message ? { message: extra.message } : {}),
    };
  }

  /** Ends the run with a response API Gateway generates itself. */
  reject(statusCode: number, clientMessage: string, errorReason: string, message: string): RunResult {
    return this.finish(gatewayResponse(statusCode, clientMessage, this.requestId), {
      errorReason,
      message,
    });
  }
}
