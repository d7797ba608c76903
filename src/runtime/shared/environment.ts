import type {
  FunctionDefinition,
  InvocationOutcome,
  InvocationRecord,
} from '../../engine/lambda/invocation';
import { billedDurationMs, estimateMaxMemoryUsedMb, roundMs } from './billing';
import type { CompiledHandler } from './compile';
import {
  MAX_RESPONSE_BYTES,
  exitErrorPayload,
  responseTooLargePayload,
  timeoutPayload,
} from './error-payloads';
import { HostCallError, type HostServices } from './host-calls';
import { logStreamName, randomHex } from './ids';
import { LogBuffer } from './log-buffer';
import { endLine, reportLine, startLine, timeoutLine } from './log-format';
import type { ChannelFactory, GuestChannel, GuestMessage } from './protocol';
import { environmentIdentity, lambdaEnvironment, supportsCallbackHandlers } from './reserved-env';
import { STAND_IN_SOURCES } from './stand-in-sources';

/** Init phase limit (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html). */
export const INIT_LIMIT_MS = 10_000;

/** Lifecycle state of an execution environment. */
export type EnvironmentState = 'initializing' | 'idle' | 'busy' | 'stopped';

interface PendingInvoke {
  requestId: string;
  event: unknown;
  startedAt: number;
  timer: ReturnType<typeof setTimeout>;
  resolve(record: InvocationRecord): void;
}

/** One Lambda execution environment: one worker, initialised once. */
export class ExecutionEnvironment {
  readonly id = randomHex(32);
  readonly createdAt = new Date();
  state: EnvironmentState = 'initializing';
  invocations = 0;
  private readonly channel: GuestChannel;
  private readonly logs = new LogBuffer();
  private readonly bootStart = performance.now();
  private initDurationMs: number | undefined;
  private initWaiters: Array<(ok: boolean) => void> = [];
  private initFailure: GuestMessage | undefined;
  private initTimer: ReturnType<typeof setTimeout> | undefined;
  private current: PendingInvoke | undefined;
  private heapUsed: number | undefined;

  constructor(
    readonly fn: FunctionDefinition,
    readonly key: string,
    compiled: CompiledHandler,
    factory: ChannelFactory,
    private readonly host: HostServices,
  ) {
    const identity = environmentIdentity(fn, logStreamName(this.createdAt, this.id));
    this.channel = factory({
      message: (message) => this.onMessage(message),
      exit: (code) => this.onExit(code),
    });
    this.initTimer = setTimeout(() => this.onInitTimeout(), INIT_LIMIT_MS);
    this.channel.send({
      type: 'init',
      code: compiled.code,
      imports: compiled.imports,
      moduleName: compiled.moduleName,
      exportPath: compiled.exportPath,
      handlerString: fn.handler,
      standIns: STAND_IN_SOURCES,
      env: lambdaEnvironment(fn, identity),
      callbackSupported: supportsCallbackHandlers(fn.runtime),
      functionName: fn.functionName,
      memorySizeMb: fn.memorySizeMb,
      invokedFunctionArn: identity.invokedFunctionArn,
      logGroupName: identity.logGroupName,
      logStreamName: identity.logStreamName,
      maxResponseBytes: MAX_RESPONSE_BYTES,
    });
  }

  /** Runs one invocation; the caller marks the environment busy first. */
  async invoke(requestId: string, event: unknown): Promise<InvocationRecord> {
    this.state = 'busy';
    const coldStart = this.invocations === 0;
    this.invocations++;
    const initLines = coldStart ? this.logs.drain() : [];
    const initOk = this.initDurationMs !== undefined || (await this.waitForInit());
    if (coldStart) initLines.push(...this.logs.drain());
    if (!initOk) return this.initFailureRecord(requestId, event, initLines);

    const record = await new Promise<InvocationRecord>((resolve) => {
      const timeoutMs = this.fn.timeoutSeconds * 1000;
      this.current = {
        requestId,
        event,
        startedAt: performance.now(),
        timer: setTimeout(() => this.onTimeout(), timeoutMs),
        resolve,
      };
      this.channel.send({ type: 'invoke', requestId, event, timeoutMs });
    });
    if (coldStart) record.logs.unshift(...initLines);
    if (this.state === 'busy') this.state = 'idle';

    return record;
  }

  /** Stops the worker; a later invocation needs a new environment. */
  stop(): void {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    clearTimeout(this.initTimer);
    this.channel.terminate();
    this.host.environmentStopped?.(this.id);
    for (const waiter of this.initWaiters.splice(0)) waiter(false);
  }

  private waitForInit(): Promise<boolean> {
    if (this.state === 'stopped') return Promise.resolve(false);

    return new Promise((resolve) => this.initWaiters.push(resolve));
  }

  private onMessage(message: GuestMessage): void {
    switch (message.type) {
      case 'log':
        this.logs.push(message.line);
        break;
      case 'init-done':
        clearTimeout(this.initTimer);
        this.initDurationMs = roundMs(performance.now() - this.bootStart);
        if (message.ok) {
          this.heapUsed = message.heapUsed;
          if (this.state === 'initializing') this.state = 'idle';
        } else {
          this.initFailure = message;
        }
        for (const waiter of this.initWaiters.splice(0)) waiter(message.ok);
        break;
      case 'result':
        this.onResult(message);
        break;
      case 'host-call':
        this.onHostCall(message.id, message.module, message.operation, message.input);
        break;
      case 'fatal':
        this.finishAbnormally('error', message.payload);
        break;
      case 'exit':
        this.onExit(message.code);
        break;
      case 'ready':
        break;
    }
  }

  private onResult(message: Extract<GuestMessage, { type: 'result' }>): void {
    const current = this.current;
    if (!current || current.requestId !== message.requestId) return;
    this.heapUsed = message.heapUsed ?? this.heapUsed;
    let outcome: InvocationOutcome = 'error';
    let payload: unknown;
    if (message.ok) {
      outcome = 'success';
      payload = JSON.parse(message.json);
    } else if ('tooLarge' in message) {
      payload = responseTooLargePayload();
    } else {
      payload = message.payload;
    }
    this.complete(outcome, payload, message.durationMs);
  }

  private onHostCall(id: number, module: string, operation: string, input: unknown): void {
    const call = {
      module,
      operation,
      input,
      environmentId: this.id,
      ...(this.current ? { requestId: this.current.requestId } : {}),
    };
    let reply: Promise<unknown>;
    try {
      reply = this.host(call, this.fn);
    } catch (error) {
      reply = Promise.reject(error);
    }
    reply.then(
      (value) => this.send({ type: 'host-reply', id, ok: true, value }),
      (error: unknown) => {
        const known = error instanceof HostCallError;
        const name = known ? error.name : 'Error';
        const message = error instanceof Error ? error.message : String(error);
        const fields = known ? error.fields : {};
        this.send({ type: 'host-reply', id, ok: false, error: { name, message, fields } });
      },
    );
  }

  private send(message: Parameters<GuestChannel['send']>[0]): void {
    if (this.state !== 'stopped') this.channel.send(message);
  }

  private onTimeout(): void {
    const current = this.current;
    if (!current) return;
    const payload = timeoutPayload(current.requestId, this.fn.timeoutSeconds);
    const trailer = timeoutLine(new Date(), current.requestId, this.fn.timeoutSeconds);
    this.stop();
    this.complete('timeout', payload, this.fn.timeoutSeconds * 1000, [trailer]);
  }

  private onInitTimeout(): void {
    // NOTE: Lambda retries a timed-out Init inside the first invocation;
    // here the environment fails with the timeout error instead.
    this.initFailure = {
      type: 'init-done',
      ok: false,
      payload: timeoutPayload('init', INIT_LIMIT_MS / 1000),
    };
    this.initDurationMs = INIT_LIMIT_MS;
    this.stop();
  }

  private onExit(code: number | undefined): void {
    if (this.state === 'stopped') return;
    const requestId = this.current?.requestId ?? 'init';
    if (this.current) {
      this.finishAbnormally('crash', exitErrorPayload(requestId, code));
    } else {
      this.initFailure ??= { type: 'init-done', ok: false, payload: exitErrorPayload(requestId, code) };
      this.initDurationMs ??= roundMs(performance.now() - this.bootStart);
      this.stop();
    }
  }

  private finishAbnormally(outcome: InvocationOutcome, payload: unknown): void {
    const current = this.current;
    this.stop();
    if (!current) return;
    this.complete(outcome, payload, performance.now() - current.startedAt);
  }

  private complete(
    outcome: InvocationOutcome,
    payload: unknown,
    rawDurationMs: number,
    trailer: string[] = [],
  ): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    const coldStart = this.invocations === 1;
    const record = this.buildRecord(current.requestId, current.event, outcome, payload, rawDurationMs, coldStart);
    record.logs.push(...trailer);
    current.resolve(record);
  }

  private initFailureRecord(requestId: string, event: unknown, initLines: string[]): InvocationRecord {
    this.stop();
    const failure = this.initFailure;
    const payload = failure && failure.type === 'init-done' && !failure.ok ? failure.payload : exitErrorPayload(requestId);
    const record = this.buildRecord(requestId, event, 'error', payload, 0, true);
    record.logs.unshift(...initLines);

    return record;
  }

  private buildRecord(
    requestId: string,
    event: unknown,
    outcome: InvocationOutcome,
    payload: unknown,
    rawDurationMs: number,
    coldStart: boolean,
  ): InvocationRecord {
    const durationMs = roundMs(rawDurationMs);
    const initDurationMs = coldStart ? this.initDurationMs ?? 0 : undefined;
    const billed = billedDurationMs(durationMs, initDurationMs);
    const maxMemoryUsedMb = estimateMaxMemoryUsedMb(this.fn.memorySizeMb, this.heapUsed);
    const logs = [
      startLine(requestId),
      ...this.logs.drain(),
      endLine(requestId),
      reportLine({
        requestId,
        durationMs,
        billedDurationMs: billed,
        memorySizeMb: this.fn.memorySizeMb,
        maxMemoryUsedMb,
        ...(initDurationMs === undefined ? {} : { initDurationMs }),
      }),
    ];
    const record: InvocationRecord = {
      requestId,
      functionNodeId: this.fn.nodeId,
      event,
      outcome,
      payload,
      logs,
      durationMs,
      billedDurationMs: billed,
      coldStart,
      environmentId: this.id,
      memorySizeMb: this.fn.memorySizeMb,
      maxMemoryUsedMb,
    };
    if (initDurationMs !== undefined) record.initDurationMs = initDurationMs;

    return record;
  }
}
