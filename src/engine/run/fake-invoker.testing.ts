/** Test double of the runtime for engine unit tests only; it runs no code. */
import type {
  FunctionInvoker,
  InvocationOutcome,
  InvocationRecord,
  InvocationRequest,
} from '../lambda/invocation';

/** A fixed result the fake returns for each invocation, in order. */
export interface FixedResult {
  outcome?: InvocationOutcome;
  payload: unknown;
  durationMs?: number;
  initDurationMs?: number;
}

/** A FunctionInvoker that returns fixed records and keeps the requests it got. */
export class FixedInvoker implements FunctionInvoker {
  readonly requests: InvocationRequest[] = [];

  constructor(private readonly results: FixedResult[]) {}

  async invoke(request: InvocationRequest): Promise<InvocationRecord> {
    this.requests.push(request);
    const result = this.results[Math.min(this.requests.length - 1, this.results.length - 1)];
    if (!result) {
      throw new Error('FixedInvoker has no results');
    }
    const requestId = request.requestId ?? 'no-request-id';

    return {
      requestId,
      functionNodeId: request.function.nodeId,
      event: request.event,
      outcome: result.outcome ?? 'success',
      payload: result.payload,
      logs: [`START RequestId: ${requestId} Version: $LATEST`, `END RequestId: ${requestId}`],
      durationMs: result.durationMs ?? 12.34,
      billedDurationMs: Math.ceil(result.durationMs ?? 12.34),
      ...(result.initDurationMs === undefined ? {} : { initDurationMs: result.initDurationMs }),
      coldStart: result.initDurationMs !== undefined,
      environmentId: 'env-1',
      memorySizeMb: request.function.memorySizeMb,
      maxMemoryUsedMb: 64,
    };
  }
}
