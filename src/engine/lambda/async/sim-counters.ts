/** Counters of EventBridge rules and Lambda asynchronous invocation in a simulation. */
export interface AsyncCounters {
  /** PutEvents entries the loads sent, and events schedules produced. */
  eventsPut: number;
  /** Entries PutEvents rejected. */
  eventsRejected: number;
  /** Rule matches: one event matching two rules counts twice. */
  eventsMatched: number;
  /** Deliveries EventBridge retried after the target refused them. */
  deliveryRetries: number;
  /** Events EventBridge sent to a rule's dead-letter queue. */
  ruleDeadLettered: number;
  /** Events EventBridge gave up on without a dead-letter queue. */
  ruleDropped: number;
  /** Events Lambda accepted into its asynchronous queues. */
  asyncQueued: number;
  /** Attempts Lambda made again after a function error or a throttle. */
  asyncRetries: number;
  /** Events sent to a function's dead-letter queue. */
  asyncDeadLettered: number;
  /** Events Lambda discarded with neither an on-failure destination nor a dead-letter queue. */
  asyncDropped: number;
  /** Invocation records sent to on-success or on-failure destinations. */
  destinationsDelivered: number;
}

/** Returns counters at 0. */
export function emptyAsyncCounters(): AsyncCounters {
  return {
    eventsPut: 0,
    eventsRejected: 0,
    eventsMatched: 0,
    deliveryRetries: 0,
    ruleDeadLettered: 0,
    ruleDropped: 0,
    asyncQueued: 0,
    asyncRetries: 0,
    asyncDeadLettered: 0,
    asyncDropped: 0,
    destinationsDelivered: 0,
  };
}
