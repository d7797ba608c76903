import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExecutor, type NodeExecutor } from '../../../runtime/index';
import { parseScenario } from '../../model/parse';
import type { Scenario } from '../../model/scenario';
import { createRunEnvironment } from '../../run/environment';
import { runRequest } from '../../run/run-request';
import { readAwsEvent } from '../../util/aws-fixtures.testing';
import type { DestinationRecord } from './records';

const BOOM = `export const handler = async () => { throw new Error('boom'); };`;
const FAILURES_ARN = 'arn:aws:sqs:us-east-1:123456789012:failures';
const DLQ_ARN = 'arn:aws:sqs:us-east-1:123456789012:async-dlq';

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

function scenario(lambda: Record<string, unknown>): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'failures', type: 'sqs', config: {} },
      { id: 'async-dlq', type: 'sqs', config: {} },
      { id: 'fn', type: 'lambda', config: { code: BOOM, ...lambda } },
    ],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

async function invokeAsync(lambda: Record<string, unknown>) {
  executor = createNodeExecutor();
  const env = createRunEnvironment({ seed: 7, startMs: 1_700_000_000_000 });

  return runRequest(scenario(lambda), 'fn', { kind: 'event', event: { orderId: 7 }, invocationType: 'Event' }, executor, env);
}

function attemptStarts(result: Awaited<ReturnType<typeof invokeAsync>>): number[] {
  return result.trace.filter((span) => span.label.startsWith('Attempt ')).map((span) => span.startMs);
}

const onFailure = { EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: FAILURES_ARN } } } };

describe('async invoke with on-failure destination', () => {
  it('answers 202 with no body', async () => {
    const result = await invokeAsync(onFailure);

    expect(result.response.statusCode).toBe(202);
    expect(result.response.body).toBe('');
  });

  it('runs the handler three times', async () => {
    const result = await invokeAsync(onFailure);

    expect(result.invocations.map((record) => record.outcome)).toEqual(['error', 'error', 'error']);
  });

  it('spaces retries one then two minutes', async () => {
    const [first = 0, second = 0, third = 0] = attemptStarts(await invokeAsync(onFailure));

    expect(Math.floor((second - first) / 1000)).toBe(60);
    expect(Math.floor((third - second) / 1000)).toBe(120);
  });

  it('sends RetriesExhausted record', async () => {
    const result = await invokeAsync(onFailure);
    const delivery = result.deliveries?.[0];
    const record = delivery?.record as DestinationRecord;

    expect(delivery?.kind).toBe('on-failure');
    expect(delivery?.target.nodeId).toBe('failures');
    expect(record.requestContext.condition).toBe('RetriesExhausted');
    expect(record.requestContext.approximateInvokeCount).toBe(3);
    expect(record.requestPayload).toEqual({ orderId: 7 });
    expect(record.responsePayload).toMatchObject({ errorType: 'Error', errorMessage: 'boom' });
  });

  it('record has the fixture shape', async () => {
    const result = await invokeAsync(onFailure);
    const record = result.deliveries?.[0]?.record as DestinationRecord;
    const fixture = readAwsEvent('lambda-destination/lambda-java-libs__lambda_destination_event.json') as DestinationRecord;

    expect(Object.keys(record)).toEqual(Object.keys(fixture));
    expect(Object.keys(record.requestContext)).toEqual(Object.keys(fixture.requestContext));
    expect(Object.keys(record.responseContext ?? {})).toEqual(Object.keys(fixture.responseContext ?? {}));
    expect(record.requestContext.functionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST');
    expect(record.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('queue message body is the record', async () => {
    const result = await invokeAsync(onFailure);
    const delivery = result.deliveries?.[0];

    expect(JSON.parse(delivery?.message?.body ?? '{}')).toEqual(delivery?.record);
  });
});

describe('async invoke with dead-letter queue', () => {
  const withDlq = { DeadLetterConfig: { TargetArn: DLQ_ARN } };

  it('sends the event as body', async () => {
    const result = await invokeAsync(withDlq);
    const delivery = result.deliveries?.[0];

    expect(delivery?.kind).toBe('dead-letter');
    expect(JSON.parse(delivery?.message?.body ?? '')).toEqual({ orderId: 7 });
  });

  it('adds RequestID, ErrorCode and ErrorMessage', async () => {
    const result = await invokeAsync(withDlq);
    const attributes = result.deliveries?.[0]?.message?.messageAttributes;

    expect(attributes?.RequestID?.StringValue).toBe(result.invocations[0]?.requestId);
    expect(attributes?.ErrorCode).toEqual({ DataType: 'Number', StringValue: '200' });
    expect(attributes?.ErrorMessage?.StringValue).toBe('boom');
  });

  it('keeps one request id for retries', async () => {
    const result = await invokeAsync(withDlq);

    expect(new Set(result.invocations.map((record) => record.requestId)).size).toBe(1);
  });

  it('runs once with zero retries', async () => {
    const result = await invokeAsync({ ...withDlq, EventInvokeConfig: { MaximumRetryAttempts: 0 } });

    expect(result.invocations).toHaveLength(1);
    expect(result.deliveries?.[0]?.kind).toBe('dead-letter');
  });
});

describe('async invoke event age', () => {
  it('gives up early at 60 s', async () => {
    const result = await invokeAsync({ ...onFailure, EventInvokeConfig: { ...onFailure.EventInvokeConfig, MaximumEventAgeInSeconds: 60 } });
    const record = result.deliveries?.[0]?.record as DestinationRecord;

    expect(result.invocations).toHaveLength(1);
    expect(record.requestContext.condition).toBe('EventAgeExceeded');
  });

  it('runs twice at 90 s', async () => {
    const result = await invokeAsync({ ...onFailure, EventInvokeConfig: { ...onFailure.EventInvokeConfig, MaximumEventAgeInSeconds: 90 } });
    const record = result.deliveries?.[0]?.record as DestinationRecord;

    expect(record.requestContext.approximateInvokeCount).toBe(2);
    expect(record.requestContext.condition).toBe('EventAgeExceeded');
  });
});
