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
import type { ChannelFactory, GuestChannel, GuestMessage, InitMessage } from './protocol';
import { environmentIdentity, lambdaEnvironment, supportsCallbackHandlers } from './reserved-env';
import { STAND_IN_SOURCES } from './stand-in-sources';

/** Init phase limit (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html). */
export const INIT_LIMIT_MS = 10_000;

/** Outcome of the Init phase, as seen by the host. */
type InitState = 'pending' | 'ok' | 'failed' | 'timed-out';

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
  private channel: GuestChannel;
  private readonly initMessage: InitMessage;
  private readonly logs = new LogBuffer();
  private bootStart = performance.now();
  private initDurationMs: number | undefined;
  private initState: InitState = 'pending';
  private initWaiters: Array<(state: InitState) => void> = [];
  private initFailure: GuestMessage | undefined;
  private initTimer: ReturnType<typeof setTimeout> | undefined;
  private current: PendingInvoke | undefined;
  private heapUsed: number | undefined;

  constructor(
    readonly fn: FunctionDefinition,
    readonly key: string,
    compiled: CompiledHandler,
    private readonly factory: ChannelFactory,
    private readonly host: HostServices,
  ) {
    const identity = environmentIdentity(fn, logStreamName(this.createdAt, this.id));
    this.initMessage = {
      type: 'init',
      code: compiled.code,
      imports: compiled.imports,
      moduleName: compiled.moduleName,
      runtimeFileName: compiled.runtimeFileName,
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
    };
    this.channel = this.startChannel();
    this.initTimer = setTimeout(() => this.onInitTimeout(), INIT_LIMIT_MS);
  }

  /** Runs one invocation; the caller marks the environment busy first. */
  async invoke(requestId: string, event: unknown): Promise<InvocationRecord> {
    this.state = 'busy';
    const coldStart = this.invocations === 0;
    this.invocations++;
    const initLines = coldStart ? this.logs.drain() : [];
    const init = this.initState === 'pending' ? await this.waitForInit() : this.initState;
    if (coldStart) initLines.push(...this.logs.drain());
    if (init === 'failed') return this.initFailureRecord(requestId, event, initLines);

    const record =
      init === 'timed-out'
        ? await this.retryInitAndRun(requestId, event)
        : await this.run(requestId, event, performance.now());
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
    for (const waiter of this.initWaiters.splice(0)) waiter('failed');
  }

  private startChannel(): GuestChannel {
    this.bootStart = performance.now();
    const channel = this.factory({
      message: (message) => this.onMessage(message),
      exit: (code) => this.onExit(code),
    });
    channel.send(this.initMessage);

    return channel;
  }

  private waitForInit(): Promise<InitState> {
    if (this.state === 'stopped') return Promise.resolve('failed');

    return new Promise((resolve) => this.initWaiters.push(resolve));
  }

  /** Runs the handler with what is left of the function's timeout. */
  private run(requestId: string, event: unknown, startedAt: number): Promise<InvocationRecord> {
    return new Promise<InvocationRecord>((resolve) => {
      const timeoutMs = Math.max(0, this.fn.timeoutSeconds * 1000 - (performance.now() - startedAt));
      this.current = {
        requestId,
        event,
        startedAt,
        timer: setTimeout(() => this.onTimeout(), timeoutMs),
        resolve,
      };
      this.channel.send({ type: 'invoke', requestId, event, timeoutMs });
    });
  }

  /**
   * Retries an Init that missed its 10 s limit, in a new worker, during the
   * first invocation and under the function's timeout, as
   * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
   * ("Init phase") describes. NOTE: AWS does not document whether the retried
   * Init and the handler share that timeout, nor what REPORT shows. Here they
   * share it, Duration counts both, and Init Duration is the first 10 s try.
   */
  private async retryInitAndRun(requestId: string, event: unknown): Promise<InvocationRecord> {
    const startedAt = performance.now();
    const timeoutMs = this.fn.timeoutSeconds * 1000;
    this.initState = 'pending';
    this.channel = this.startChannel();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const init = await new Promise<InitState>((resolve) => {
      timer = setTimeout(() => resolve('timed-out'), timeoutMs);
      this.initWaiters.push(resolve);
    });
    clearTimeout(timer);
    if (init === 'ok') return this.run(requestId, event, startedAt);
    if (init === 'failed') {
      return this.initFailureRecord(requestId, event, [], performance.now() - startedAt);
    }
    this.stop();
    const payload = timeoutPayload(requestId, this.fn.timeoutSeconds);
    const record = this.buildRecord(requestId, event, 'timeout', payload, timeoutMs, true);
    record.logs.push(timeoutLine(new Date(), requestId, this.fn.timeoutSeconds));

    return record;
  }

  private onMessage(message: GuestMessage): void {
    switch (message.type) {
      case 'log':
        this.logs.push(message.line, message.force === true);
        break;
      case 'log-dropped':
        this.logs.addDropped(message.count);
        break;
      case 'init-done':
        clearTimeout(this.initTimer);
        // A retried Init keeps the first attempt's duration.
        this.initDurationMs ??= roundMs(performance.now() - this.bootStart);
        this.initState = message.ok ? 'ok' : 'failed';
        if (message.ok) {
          this.heapUsed = message.heapUsed;
          if (this.state === 'initializing') this.state = 'idle';
        } else {
          this.initFailure = message;
        }
        for (const waiter of this.initWaiters.splice(0)) waiter(this.initState);
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

  /** Stops the first Init at 10 s; the first invocation retries it. */
  private onInitTimeout(): void {
    this.initDurationMs = INIT_LIMIT_MS;
    this.initState = 'timed-out';
    this.channel.terminate();
    for (const waiter of this.initWaiters.splice(0)) waiter('timed-out');
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

  private initFailureRecord(
    requestId: string,
    event: unknown,
    initLines: string[],
    durationMs = 0,
  ): InvocationRecord {
    this.stop();
    const failure = this.initFailure;
    const payload = failure && failure.type === 'init-done' && !failure.ok ? failure.payload : exitErrorPayload(requestId);
    const record = this.buildRecord(requestId, event, 'error', payload, durationMs, true);
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
