import type { PutEventsEntry } from '../eventbridge/put-events';
import type { AsyncDelivery } from '../lambda/async/deliveries';
import type { InvocationRecord } from '../lambda/invocation';
import type { SqsMessageInput } from '../sqs/event';

/** The input a Run sends into an entry node. */
export type RunInput =
  /** A raw HTTP/1.1 request message, for an ALB or an API. */
  | {
      kind: 'http';
      /** Bytes keep a binary body exact; text is encoded as UTF-8. */
      raw: string | Uint8Array;
      /** Client address the load balancer receives the request from; a documentation address when absent. */
      sourceIp?: string;
    }
  /**
   * An event sent straight to a function, as `aws lambda invoke` would;
   * `Event` invokes it asynchronously (202, then retries in Lambda).
   */
  | { kind: 'event'; event: unknown; invocationType?: 'RequestResponse' | 'Event' }
  /** A PutEvents entry sent to an EventBridge bus. */
  | { kind: 'entry'; entry: PutEventsEntry }
  /** Messages sent to a queue, as one SendMessageBatch would send them. */
  | { kind: 'messages'; messages: SqsMessageInput[] };

/** The response the caller received, as an HTTP client or an Invoke API caller. */
export interface ClientResponse {
  statusCode: number;
  /** Reason phrase, for example `OK` or `Bad Gateway`. */
  statusText: string;
  /** Response headers in the order sent; names keep their casing. */
  headers: [name: string, value: string][];
  /** Body as the client receives it (decoded from base64 where AWS decodes). */
  body: string;
  /** True when `body` contains base64 of binary content the client receives. */
  bodyIsBase64?: boolean;
}

/** One hop of a request's journey, for the trace waterfall. */
export interface TraceSpan {
  id: string;
  /** Parent span id; absent for the root. */
  parentId?: string;
  nodeId?: string;
  edgeId?: string;
  /** The event at this hop, for example `Listener rule 10 matched`. */
  label: string;
  /** Start and end in ms, relative to the start of the request. */
  startMs: number;
  endMs: number;
  status: 'ok' | 'error';
  /** The payload as it looked at this hop. */
  payload?: unknown;
  /** One line explaining an error or a decision. */
  detail?: string;
}

/** Everything one Run produced. */
export interface RunResult {
  /** Node the input was sent into. */
  entryNodeId: string;
  response: ClientResponse;
  invocations: InvocationRecord[];
  trace: TraceSpan[];
  /**
   * The reason for the service's response when it was not a plain success,
   * for example `LambdaInvalidResponse` for an ALB 502.
   */
  errorReason?: string;
  /** One line for the person running it: what failed and what to change. */
  message?: string;
  /** Records and messages sent to destinations and dead-letter queues. */
  deliveries?: AsyncDelivery[];
}

/** Time and randomness the engine may use, injected so runs are repeatable. */
export interface RunEnvironment {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** A uniform random number in [0, 1), seeded by the caller. */
  random(): number;
}
