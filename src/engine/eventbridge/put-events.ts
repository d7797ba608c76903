/**
 * One PutEvents entry and the event EventBridge delivers for it. Error codes
 * and messages are the ones PutEvents returns, except where marked NOTE.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
import { randomUuid } from '../util/random';
import { utf8Bytes } from '../util/base64';
import {
  formatEventTime,
  type EventBridgeContext,
  type EventBridgeEvent,
} from './event-types';

/** A PutEvents entry; `Time` is ISO-8601 text or epoch seconds. */
export interface PutEventsEntry {
  Source?: unknown;
  DetailType?: unknown;
  Detail?: unknown;
  Resources?: unknown;
  Time?: unknown;
  EventBusName?: unknown;
  TraceHeader?: unknown;
}

/** Why PutEvents rejects an entry: a per-entry code or a request error. */
export interface PutEventsEntryError {
  /** `InvalidArgument`, `MalformedDetail`, `ValidationException`, … */
  code: string;
  message: string;
}

/**
 * Entry size limit: 1 MB since the January 2026 raise (256 KB before).
 * NOTE: AWS writes "1 MB"; 1,048,576 bytes is an assumption.
 */
export const MAX_ENTRY_BYTES = 1_048_576;

/** Bytes `Time` counts for in the entry size, per AWS's size calculation. */
const TIME_BYTES = 14;

type Outcome<T> =
  { ok: true; value: T } | { ok: false; error: PutEventsEntryError };

function invalidArgument(parameter: string, reason: string): Outcome<never> {
  return {
    ok: false,
    error: {
      code: 'InvalidArgument',
      message: `Parameter ${parameter} is not valid. Reason: ${reason}`,
    },
  };
}

function requiredString(
  entry: PutEventsEntry,
  key: 'Source' | 'DetailType' | 'Detail',
) {
  const value = entry[key];
  if (value === undefined || value === null || value === '') {
    return invalidArgument(key, `${key} is a required argument.`);
  }
  if (typeof value !== 'string') {
    return invalidArgument(key, `${key} must be a string.`);
  }

  return { ok: true as const, value };
}

function parseDetail(text: string): Outcome<Record<string, unknown>> {
  let detail: unknown;
  try {
    detail = JSON.parse(text);
  } catch {
    detail = undefined;
  }
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
    return {
      ok: false,
      error: { code: 'MalformedDetail', message: 'Detail is malformed.' },
    };
  }

  return { ok: true, value: detail as Record<string, unknown> };
}

function parseResources(value: unknown): Outcome<string[]> {
  if (value === undefined || value === null) {
    return { ok: true, value: [] };
  }
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'string')
  ) {
    return invalidArgument('Resources', 'Resources must be a list of strings.');
  }

  return { ok: true, value: value as string[] };
}

function parseTime(value: unknown, now: number): Outcome<number> {
  if (value === undefined || value === null) {
    return { ok: true, value: now };
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { ok: true, value: value * 1000 };
  }
  const parsed =
    typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)
      ? Date.parse(value)
      : NaN;
  if (Number.isNaN(parsed)) {
    return invalidArgument(
      'Time',
      `Time must be ISO-8601 (such as 2024-01-01T12:00:00Z) or epoch seconds; got ${JSON.stringify(value)}.`,
    );
  }

  return { ok: true, value: parsed };
}

/** Computes the size PutEvents counts for an entry, in UTF-8 bytes. */
export function putEventsEntrySize(entry: PutEventsEntry): number {
  const text = (value: unknown) =>
    typeof value === 'string' ? utf8Bytes(value).length : 0;
  const resources = Array.isArray(entry.Resources) ? entry.Resources : [];
  const timeBytes =
    entry.Time === undefined || entry.Time === null ? 0 : TIME_BYTES;

  return (
    timeBytes +
    text(entry.Source) +
    text(entry.DetailType) +
    text(entry.Detail) +
    resources.reduce((sum: number, item: unknown) => sum + text(item), 0)
  );
}

/**
 * Builds the event delivered to targets for one PutEvents entry, or returns
 * the error PutEvents gives for it. `Time` defaults to the context's clock.
 */
export function buildEventBridgeEvent(
  entry: PutEventsEntry,
  context: EventBridgeContext,
): Outcome<EventBridgeEvent> {
  if (putEventsEntrySize(entry) > MAX_ENTRY_BYTES) {
    return {
      ok: false,
      error: {
        code: 'ValidationException',
        message: 'Total size of the entries in the request is over the limit.',
      },
    };
  }
  const source = requiredString(entry, 'Source');
  if (!source.ok) {
    return source;
  }
  if (source.value.startsWith('aws.')) {
    // NOTE: AWS reserves the aws. prefix; the exact message is not confirmed.
    return {
      ok: false,
      error: {
        code: 'NotAuthorizedForSourceException',
        message: `Source "${source.value}" starts with aws., which is reserved for AWS services.`,
      },
    };
  }
  const detailType = requiredString(entry, 'DetailType');
  if (!detailType.ok) {
    return detailType;
  }
  const detailText = requiredString(entry, 'Detail');
  if (!detailText.ok) {
    return detailText;
  }
  const detail = parseDetail(detailText.value);
  const resources = parseResources(entry.Resources);
  const time = parseTime(entry.Time, context.now());
  for (const part of [detail, resources, time]) {
    if (!part.ok) {
      return part;
    }
  }

  return {
    ok: true,
    value: {
      version: '0',
      id: randomUuid(() => context.random()),
      'detail-type': detailType.value,
      source: source.value,
      account: context.accountId,
      time: formatEventTime((time as { value: number }).value),
      region: context.region,
      resources: (resources as { value: string[] }).value,
      detail: (detail as { value: Record<string, unknown> }).value,
    },
  };
}
