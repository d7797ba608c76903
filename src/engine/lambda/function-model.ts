import type { FunctionSimulation } from '../model/configs/lambda';
import type { FunctionDefinition } from './invocation';
import type { AccountConcurrency, ThrottleReason } from './concurrency';

/** A function as the simulator needs it, resolved from its node. */
export interface FunctionSettings {
  id: string;
  timeoutMs: number;
  /** `ReservedConcurrentExecutions`; absent when the function shares the pool. */
  reserved: number | undefined;
  simulation: FunctionSimulation;
  /** Inputs a real invoker needs to run the handler. */
  definition: FunctionDefinition;
}

/** The result of asking Lambda to start an invocation. */
export type StartResult =
  | { throttled: true; reason: ThrottleReason }
  | { throttled: false; environment: number; coldStart: boolean };

/** Counters of one function over the whole simulation. */
export interface FunctionCounters {
  invocations: number;
  throttles: number;
  errors: number;
  timeouts: number;
  coldStarts: number;
  maxConcurrency: number;
  environments: number;
}

/**
 * One Lambda function: its execution environments, reused when idle and
 * created with a cold start when none is free, and its concurrency limit.
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
export class FunctionModel {
  running = 0;
  readonly counters: FunctionCounters = {
    invocations: 0,
    throttles: 0,
    errors: 0,
    timeouts: 0,
    coldStarts: 0,
    maxConcurrency: 0,
    environments: 0,
  };
  /** Idle environments, the most recently used last. */
  private readonly idle: number[] = [];

  constructor(
    readonly settings: FunctionSettings,
    private readonly account: AccountConcurrency,
  ) {}

  get id(): string {
    return this.settings.id;
  }

  /** Starts an invocation in a free environment, or reports the throttle. */
  start(): StartResult {
    const { reserved } = this.settings;
    if (reserved !== undefined) {
      if (this.running >= reserved) {
        return this.throttle('ReservedFunctionConcurrentInvocationLimitExceeded');
      }
    } else if (this.account.unreservedRunning >= this.account.unreservedLimit) {
      return this.throttle('ConcurrentInvocationLimitExceeded');
    }
    if (reserved === undefined) {
      this.account.unreservedRunning += 1;
    }
    this.running += 1;
    this.counters.invocations += 1;
    this.counters.maxConcurrency = Math.max(this.counters.maxConcurrency, this.running);
    // NOTE: Lambda does not document how long an idle environment lives, so
    // idle environments are kept until the simulation ends.
    const reused = this.idle.pop();
    if (reused !== undefined) {
      return { throttled: false, environment: reused, coldStart: false };
    }
    this.counters.environments += 1;
    this.counters.coldStarts += 1;

    return { throttled: false, environment: this.counters.environments, coldStart: true };
  }

  /**
   * Ends an invocation. A timeout or crash restarts the runtime, so that
   * environment's next invocation initializes again, as a cold start.
   */
  finish(environment: number, reset: boolean): void {
    this.running -= 1;
    if (this.settings.reserved === undefined) {
      this.account.unreservedRunning -= 1;
    }
    if (!reset) {
      this.idle.push(environment);
    }
  }

  private throttle(reason: ThrottleReason): StartResult {
    this.counters.throttles += 1;

    return { throttled: true, reason };
  }
}
