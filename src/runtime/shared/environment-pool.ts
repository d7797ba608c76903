import type {
  FunctionDefinition,
  FunctionInvoker,
  InvocationRecord,
  InvocationRequest,
} from '../../engine/lambda/invocation';
import { billedDurationMs, estimateMaxMemoryUsedMb, roundMs } from './billing';
import { compileHandler, type CompileOutcome } from './compile';
import { ExecutionEnvironment, type EnvironmentState } from './environment';
import { errorLogMessage, type ErrorPayload } from './error-payloads';
import { disconnectedHost, type HostServices } from './host-calls';
import { hashText, newRequestId, randomHex } from './ids';
import { endLine, reportLine, startLine } from './log-format';
import type { ChannelFactory } from './protocol';

/** Details an executor shows about one environment. */
export interface EnvironmentInfo {
  environmentId: string;
  functionNodeId: string;
  functionName: string;
  state: EnvironmentState;
  invocations: number;
  createdAt: string;
}

/** Settings shared by the Node.js and browser executors. */
export interface PoolOptions {
  /** Serves stand-in calls (SQS, EventBridge, `pg`, …); defaults to "not connected". */
  host?: HostServices;
}

/** Returns the key of a function's code and configuration. */
export function functionKey(fn: FunctionDefinition): string {
  return `${fn.nodeId}:${hashText(JSON.stringify(fn))}`;
}

/**
 * Keeps execution environments per function: reuses an idle one (warm
 * start), creates one when none is idle (cold start, so concurrent calls get
 * separate environments) and retires them when code or configuration change.
 */
export class EnvironmentPool implements FunctionInvoker {
  private readonly environments = new Set<ExecutionEnvironment>();
  private readonly compiled = new Map<string, Promise<CompileOutcome>>();
  private readonly host: HostServices;

  constructor(
    private readonly factory: ChannelFactory,
    private readonly builtins: readonly string[],
    options: PoolOptions = {},
  ) {
    this.host = options.host ?? disconnectedHost;
  }

  async invoke(request: InvocationRequest): Promise<InvocationRecord> {
    const fn = request.function;
    const requestId = request.requestId ?? newRequestId();
    const key = functionKey(fn);
    this.retireOutdated(fn.nodeId, key);
    await this.host.prepare?.(fn);

    const started = performance.now();
    const outcome = await this.compile(key, fn);
    if (!outcome.ok) {
      return compileFailureRecord(fn, requestId, request.event, outcome.payload, performance.now() - started);
    }

    let environment = this.findIdle(key);
    if (!environment) {
      environment = new ExecutionEnvironment(
        withHostVariables(fn, this.host),
        key,
        outcome.handler,
        this.factory,
        this.host,
      );
      this.environments.add(environment);
    }
    // invoke() marks the environment busy before its first await.
    const reserved = environment;
    const record = await reserved.invoke(requestId, request.event);
    if (reserved.state === 'stopped' || !this.isCurrent(reserved)) {
      reserved.stop();
      this.environments.delete(reserved);
    }

    return record;
  }

  /** Lists the live environments. */
  list(): EnvironmentInfo[] {
    return [...this.environments].map((environment) => ({
      environmentId: environment.id,
      functionNodeId: environment.fn.nodeId,
      functionName: environment.fn.functionName,
      state: environment.state,
      invocations: environment.invocations,
      createdAt: environment.createdAt.toISOString(),
    }));
  }

  /** Stops every environment; in-flight invocations end as crashes. */
  stopAll(): void {
    for (const environment of this.environments) environment.stop();
    this.environments.clear();
  }

  private retired = new Set<ExecutionEnvironment>();

  private isCurrent(environment: ExecutionEnvironment): boolean {
    return !this.retired.has(environment);
  }

  private retireOutdated(nodeId: string, key: string): void {
    for (const environment of this.environments) {
      if (environment.fn.nodeId !== nodeId || environment.key === key) continue;
      if (environment.state === 'busy') {
        this.retired.add(environment);
      } else {
        environment.stop();
        this.environments.delete(environment);
      }
    }
    for (const [cachedKey] of this.compiled) {
      if (cachedKey.startsWith(`${nodeId}:`) && cachedKey !== key) this.compiled.delete(cachedKey);
    }
  }

  private findIdle(key: string): ExecutionEnvironment | undefined {
    for (const environment of this.environments) {
      if (environment.key === key && environment.state === 'idle') return environment;
    }

    return undefined;
  }

  private compile(key: string, fn: FunctionDefinition): Promise<CompileOutcome> {
    let outcome = this.compiled.get(key);
    if (!outcome) {
      outcome = compileHandler(fn, this.builtins);
      this.compiled.set(key, outcome);
    }

    return outcome;
  }
}

/** Adds the host's variables (such as PGHOST) under the function's own. */
function withHostVariables(fn: FunctionDefinition, host: HostServices): FunctionDefinition {
  const added = host.environmentVariables?.(fn);
  if (!added || Object.keys(added).length === 0) return fn;

  return { ...fn, environment: { ...added, ...fn.environment } };
}

function compileFailureRecord(
  fn: FunctionDefinition,
  requestId: string,
  event: unknown,
  payload: ErrorPayload,
  initMs: number,
): InvocationRecord {
  const initDurationMs = roundMs(initMs);
  const billed = billedDurationMs(0, initDurationMs);
  const maxMemoryUsedMb = estimateMaxMemoryUsedMb(fn.memorySizeMb);
  const initLine = `${new Date().toISOString()}\tundefined\tERROR\t${errorLogMessage('Uncaught Exception', payload)}`;

  return {
    requestId,
    functionNodeId: fn.nodeId,
    event,
    outcome: 'error',
    payload,
    logs: [
      initLine,
      startLine(requestId),
      endLine(requestId),
      reportLine({
        requestId,
        durationMs: 0,
        billedDurationMs: billed,
        memorySizeMb: fn.memorySizeMb,
        maxMemoryUsedMb,
        initDurationMs,
      }),
    ],
    durationMs: 0,
    billedDurationMs: billed,
    initDurationMs,
    coldStart: true,
    environmentId: randomHex(32),
    memorySizeMb: fn.memorySizeMb,
    maxMemoryUsedMb,
  };
}
