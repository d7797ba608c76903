// Delivered events are checked against AWS sample events. Two samples differ
// from the wire format and are checked for that difference instead:
// lambda-devguide cloudwatch-scheduled.json (Java POJO: camelCase detailType,
// no version) and the samples without `version` (SAM CLI template, pt-java).
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
import { describe, expect, it } from 'vitest';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import type { EventBridgeContext, EventBridgeEvent } from './event-types';
import {
  buildEventBridgeEvent,
  MAX_ENTRY_BYTES,
  type PutEventsEntry,
} from './put-events';
import { buildScheduledEvent } from './scheduled-event';
import { createSeededRandom } from '../util/random';

const WIRE_KEYS = [
  'version',
  'id',
  'detail-type',
  'source',
  'account',
  'time',
  'region',
  'resources',
  'detail',
];

function context(
  region: string,
  accountId: string,
  nowIso = '2024-01-01T00:00:00Z',
) {
  const fixed: EventBridgeContext = {
    region,
    accountId,
    now: () => Date.parse(nowIso),
    random: createSeededRandom(7),
  };

  return fixed;
}

/** Returns the event of a successful build; fails the test otherwise. */
function okValue(
  built: ReturnType<typeof buildEventBridgeEvent>,
): EventBridgeEvent {
  if (!built.ok) {
    throw new Error(`${built.error.code}: ${built.error.message}`);
  }

  return built.value;
}

function sample(name: string): Record<string, unknown> {
  return readAwsEvent(`eventbridge/${name}`) as Record<string, unknown>;
}

/** Returns the built event with the sample's random id, for comparison. */
function comparable(
  built: EventBridgeEvent,
  expected: Record<string, unknown>,
) {
  return { ...built, id: expected.id };
}

function rebuildScheduled(expected: Record<string, unknown>): EventBridgeEvent {
  const arn = (expected.resources as string[])[0] ?? '';
  const ruleName = arn.slice(arn.indexOf(':rule/') + ':rule/'.length);
  const built = buildScheduledEvent(
    ruleName,
    Date.parse(expected.time as string),
    context(expected.region as string, expected.account as string),
  );

  return comparable(built, expected) as EventBridgeEvent;
}

describe('buildScheduledEvent against AWS samples', () => {
  for (const name of [
    'lambda-rust__example-eventbridge-schedule.json',
    'lambda-java-libs__cloudwatch_event.json',
  ]) {
    it(`equals ${name}`, () => {
      const expected = sample(name);
      expect(rebuildScheduled(expected)).toEqual(expected);
    });

    it(`orders keys like ${name}`, () => {
      const expected = sample(name);
      expect(Object.keys(rebuildScheduled(expected))).toEqual(
        Object.keys(expected),
      );
    });
  }

  it('adds version missing from SAM template', () => {
    const template = sample('sam-cli__ScheduledEvent.json');
    expect(Object.keys(template)).toEqual(
      WIRE_KEYS.filter((key) => key !== 'version'),
    );
  });

  it('pt-java sample lacks version', () => {
    const expected = sample('pt-java__scheduled_event.json');
    const built = rebuildScheduled(expected);
    expect({ ...built, detail: expected.detail, version: undefined }).toEqual({
      ...expected,
      version: undefined,
    });
  });

  it('devguide sample uses camelCase detailType', () => {
    const expected = sample('lambda-devguide__cloudwatch-scheduled.json');
    const built = rebuildScheduled({
      ...expected,
      'detail-type': expected.detailType,
    });
    expect(built['detail-type']).toBe(expected.detailType);
  });

  it('uses an rfc 4122 v4 id', () => {
    const event = buildScheduledEvent(
      'r',
      0,
      context('us-east-1', '123456789012'),
    );
    expect(event.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('drops milliseconds from time', () => {
    const time = Date.parse('2024-05-05T10:00:07.999Z');
    const event = buildScheduledEvent(
      'r',
      time,
      context('us-east-1', '123456789012'),
    );
    expect(event.time).toBe('2024-05-05T10:00:07Z');
  });
});

function entryFor(expected: Record<string, unknown>): PutEventsEntry {
  return {
    Source: expected.source,
    DetailType: expected['detail-type'],
    Detail: JSON.stringify(expected.detail),
    Resources: expected.resources,
    Time: expected.time,
  };
}

describe('buildEventBridgeEvent against AWS samples', () => {
  // aws.* sources are reserved for AWS, so the entry uses a custom source.
  for (const name of [
    'lambda-dotnet__cloudwatchevents-s3objectcreated.json',
    'pt-python__eventBridgeEvent.json',
  ]) {
    it(`shapes like ${name}`, () => {
      const expected = sample(name);
      const custom: Record<string, unknown> = {
        ...expected,
        source: 'com.example.replay',
      };
      const built = buildEventBridgeEvent(
        entryFor(custom),
        context(expected.region as string, expected.account as string),
      );
      const { 'replay-name': _replayName, ...wire } = custom;
      expect(comparable(okValue(built), expected)).toEqual(wire);
    });
  }

  it('orders keys as AWS delivers', () => {
    const expected = sample('pt-python__eventBridgeEvent.json');
    const built = buildEventBridgeEvent(
      entryFor({ ...expected, source: 'com.example' }),
      context('us-west-1', '111122223333'),
    );
    expect(Object.keys(okValue(built))).toEqual(WIRE_KEYS);
  });
});

describe('buildEventBridgeEvent entries', () => {
  const ctx = () =>
    context('us-east-1', '123456789012', '2024-06-01T12:34:56.789Z');
  const base: PutEventsEntry = {
    Source: 'com.example',
    DetailType: 'Tested',
    Detail: '{}',
  };

  it('defaults time to now', () => {
    const built = buildEventBridgeEvent(base, ctx());
    expect(okValue(built).time).toBe('2024-06-01T12:34:56Z');
  });

  it('defaults resources to empty', () => {
    const built = buildEventBridgeEvent(base, ctx());
    expect(okValue(built).resources).toEqual([]);
  });

  it('accepts epoch seconds time', () => {
    const built = buildEventBridgeEvent(
      { ...base, Time: 1_700_000_000 },
      ctx(),
    );
    expect(okValue(built).time).toBe('2023-11-14T22:13:20Z');
  });

  it('parses detail into an object', () => {
    const built = buildEventBridgeEvent(
      { ...base, Detail: '{"a":[1,{"b":null}]}' },
      ctx(),
    );
    expect(okValue(built).detail).toEqual({ a: [1, { b: null }] });
  });

  it.each<[string, PutEventsEntry, string, string]>([
    [
      'missing Source',
      { DetailType: 'x', Detail: '{}' },
      'InvalidArgument',
      'Parameter Source is not valid. Reason: Source is a required argument.',
    ],
    [
      'empty DetailType',
      { Source: 'a', DetailType: '', Detail: '{}' },
      'InvalidArgument',
      'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
    ],
    [
      'missing Detail',
      { Source: 'a', DetailType: 'x' },
      'InvalidArgument',
      'Parameter Detail is not valid. Reason: Detail is a required argument.',
    ],
    [
      'Detail plain text',
      { ...base, Detail: 'NotJSON' },
      'MalformedDetail',
      'Detail is malformed.',
    ],
    [
      'Detail array',
      { ...base, Detail: '[]' },
      'MalformedDetail',
      'Detail is malformed.',
    ],
    [
      'Detail broken JSON',
      { ...base, Detail: '{{}' },
      'MalformedDetail',
      'Detail is malformed.',
    ],
    [
      'Detail JSON string',
      { ...base, Detail: '"NotJSON"' },
      'MalformedDetail',
      'Detail is malformed.',
    ],
    [
      'entry over 1 MB',
      { ...base, Detail: JSON.stringify({ p: 'p'.repeat(MAX_ENTRY_BYTES) }) },
      'ValidationException',
      'Total size of the entries in the request is over the limit.',
    ],
  ])('rejects %s', (_name, entry, code, message) => {
    expect(buildEventBridgeEvent(entry, ctx())).toEqual({
      ok: false,
      error: { code, message },
    });
  });

  it('rejects aws. sources', () => {
    const built = buildEventBridgeEvent({ ...base, Source: 'aws.s3' }, ctx());
    expect(built.ok ? '' : built.error.code).toBe(
      'NotAuthorizedForSourceException',
    );
  });

  it('rejects unparsable Time', () => {
    const built = buildEventBridgeEvent({ ...base, Time: 'yesterday' }, ctx());
    expect(built.ok ? '' : built.error.code).toBe('InvalidArgument');
  });

  it('accepts an entry of exactly 1 MB', () => {
    const overhead = 'com.example'.length + 'Tested'.length + '{"p":""}'.length;
    const detail = JSON.stringify({
      p: 'p'.repeat(MAX_ENTRY_BYTES - overhead),
    });
    expect(buildEventBridgeEvent({ ...base, Detail: detail }, ctx()).ok).toBe(
      true,
    );
  });
});
