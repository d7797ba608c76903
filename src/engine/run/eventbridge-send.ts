/**
 * `PutEventsCommand` from `@aws-sdk/client-eventbridge`, as a handler sends
 * it during a Run. Per-entry failures come back in `Entries` with
 * `FailedEntryCount`, as PutEvents reports them; only request-level errors
 * throw. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
import type { EventBridgeEvent } from '../eventbridge/event-types';
import { buildEventBridgeEvent, type PutEventsEntry } from '../eventbridge/put-events';
import { DEFAULT_BUS_NAME, type ResolvedBus } from '../eventbridge/rules/bus';
import type { FunctionDefinition } from '../lambda/invocation';
import { randomUuid } from '../util/random';
import { ServiceCallError, type ServiceCall } from './graph-calls';

/** The package whose commands this module serves. */
export const EVENTBRIDGE_MODULE = '@aws-sdk/client-eventbridge';

/** PutEvents takes at most 10 entries per call. */
const MAX_ENTRIES = 10;

/** The buses of a Run, as the EventBridge stand-in reaches them. */
export interface PutEventsTarget {
  /** The scenario's bus with this name or ARN. */
  findBus(nameOrArn: string): ResolvedBus | undefined;
  /** Id of the Lambda→EventBridge edge from a function to a bus, if one exists. */
  putEdge(functionNodeId: string, bus: ResolvedBus): string | undefined;
  /** Current time in epoch ms. */
  nowEpochMs(): number;
  random(): number;
  /** Queues an accepted event for the bus's rules, after the invocation. */
  acceptEvent(bus: ResolvedBus, event: EventBridgeEvent, fn: FunctionDefinition, edgeId: string, requestId?: string): void;
  /** Records an entry AWS accepts for a bus that does not exist. */
  recordDropped(busName: string, fn: FunctionDefinition, eventId: string, requestId?: string): void;
}

type ResultEntry = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function busNameOf(entry: PutEventsEntry): string {
  const name = entry.EventBusName;

  return typeof name === 'string' && name !== '' ? name : DEFAULT_BUS_NAME;
}

function putEntry(entry: PutEventsEntry, fn: FunctionDefinition, target: PutEventsTarget, requestId?: string): ResultEntry {
  const busName = busNameOf(entry);
  const bus = target.findBus(busName);
  if (!bus) {
    // AWS accepts an entry for a bus that does not exist and returns an
    // EventId, but no rule sees it (reproduced with aws-cli in January 2025:
    // https://github.com/aws/aws-cli/issues/9186). NOTE: AWS said in 2024
    // that it had changed this; if so, the entry would fail instead.
    const eventId = randomUuid(() => target.random());
    target.recordDropped(busName, fn, eventId, requestId);
    return { EventId: eventId };
  }
  const edgeId = target.putEdge(fn.nodeId, bus);
  if (edgeId === undefined) {
    // AccessDeniedException is a per-entry error code of PutEvents.
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html
    return {
      ErrorCode: 'AccessDeniedException',
      ErrorMessage: `You do not have sufficient access to perform this action. Connect function ${fn.functionName} to bus ${bus.name} on the canvas to allow events:PutEvents on ${bus.arn}.`,
    };
  }
  const built = buildEventBridgeEvent(entry, {
    region: bus.region,
    accountId: bus.accountId,
    now: () => target.nowEpochMs(),
    random: () => target.random(),
  });
  if (!built.ok) {
    if (built.error.code === 'ValidationException') {
      throw new ServiceCallError(built.error.code, built.error.message);
    }
    return { ErrorCode: built.error.code, ErrorMessage: built.error.message };
  }
  target.acceptEvent(bus, built.value, fn, edgeId, requestId);

  return { EventId: built.value.id };
}

function putEvents(input: Record<string, unknown>, fn: FunctionDefinition, target: PutEventsTarget, requestId?: string): unknown {
  const entries = input.Entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    // NOTE: AWS's wording for an empty Entries list is not documented.
    throw new ServiceCallError('ValidationException', 'PutEvents needs Entries: a list of 1 to 10 entries with Source, DetailType and Detail.');
  }
  if (entries.length > MAX_ENTRIES) {
    // NOTE: the error name and wording for more than 10 entries are assumed.
    throw new ServiceCallError(
      'ValidationException',
      `PutEvents takes at most ${MAX_ENTRIES} entries per call; this call has ${entries.length}. Send them in several calls.`,
    );
  }
  const results = entries.map((entry: unknown) => putEntry(isRecord(entry) ? entry : {}, fn, target, requestId));

  return {
    $metadata: { httpStatusCode: 200, requestId: randomUuid(() => target.random()), attempts: 1, totalRetryDelay: 0 },
    FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length,
    Entries: results,
  };
}

/**
 * Serves an `@aws-sdk/client-eventbridge` call of a handler. Returns
 * undefined for other packages, so that another host serves them.
 */
export function servePutEventsCall(
  call: ServiceCall,
  fn: FunctionDefinition,
  target: PutEventsTarget,
): Promise<unknown> | undefined {
  if (call.module !== EVENTBRIDGE_MODULE) {
    return undefined;
  }
  try {
    if (call.operation !== 'PutEventsCommand') {
      throw new ServiceCallError(
        'UnsupportedOperation',
        `${call.operation} is not available in the playground; a function here can send events with PutEventsCommand, and rules on the canvas deliver them.`,
      );
    }
    return Promise.resolve(putEvents(isRecord(call.input) ? call.input : {}, fn, target, call.requestId));
  } catch (cause) {
    return Promise.reject(cause);
  }
}
