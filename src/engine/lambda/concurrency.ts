/**
 * The account's concurrency in one Region. Functions with reserved
 * concurrency draw only from their reservation; every other function shares
 * what is left. https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
 */
export class AccountConcurrency {
  /** Concurrent executions of functions without reserved concurrency. */
  unreservedRunning = 0;
  readonly unreservedLimit: number;

  constructor(
    readonly limit: number,
    reservedTotal: number,
  ) {
    this.unreservedLimit = Math.max(0, limit - reservedTotal);
  }
}

/** Reason Lambda rejected an invocation with 429 TooManyRequestsException. */
export type ThrottleReason =
  | 'ReservedFunctionConcurrentInvocationLimitExceeded'
  | 'ConcurrentInvocationLimitExceeded';
