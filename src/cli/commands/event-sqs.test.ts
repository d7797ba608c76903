// Record shape from the sample event in https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqsEvent } from '../../engine/sqs/event';
import { CLI_RUNS_TIMEOUT_MS, hasStackFrame, runCli, type CliRun } from '../run-cli';
import { writeInputs } from './eventbridge-cli.testing';

const CITY = { DataType: 'String', StringValue: 'Any City' };

describe('event sqs command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({
      'messages.json': [
        { body: 'first', messageAttributes: { City: CITY } },
        { body: 'second' },
      ],
      'fifo.json': [
        { body: 'a', messageGroupId: 'g1' },
        { body: 'b', messageGroupId: 'g1' },
      ],
      'object.json': { body: 'x' },
      'no-body.json': [{ body: 'ok' }, { messageAttributes: {} }],
      'bad-type.json': [{ body: 'x', messageAttributes: { N: { DataType: 'Integer', StringValue: '1' } } }],
      'no-group.json': [{ body: 'x' }],
      'fifo-repeat.json': [
        { body: 'a', messageGroupId: 'g1' },
        { body: 'a', messageGroupId: 'g1' },
      ],
      'fifo-ids.json': [
        { body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'order-1' },
        { body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'order-2' },
        { body: 'b', messageGroupId: 'g1', messageDeduplicationId: 'order-1' },
      ],
    });
    const event = ['event', 'sqs', '--messages'];
    const cases: Record<string, string[]> = {
      standard: [...event, files['messages.json']!, '--seed', '1'],
      standardAgain: [...event, files['messages.json']!, '--seed', '1'],
      fifo: [...event, files['fifo.json']!, '--fifo', '--seed', '1'],
      object: [...event, files['object.json']!],
      noBody: [...event, files['no-body.json']!],
      badType: [...event, files['bad-type.json']!],
      noGroup: [...event, files['no-group.json']!, '--fifo'],
      fifoName: [...event, files['fifo.json']!, '--queue', 'orders.fifo'],
      fifoRepeat: [...event, files['fifo-repeat.json']!, '--fifo', '--queue', 'orders.fifo'],
      fifoIds: [...event, files['fifo-ids.json']!, '--fifo'],
      standardRepeat: [...event, files['fifo-repeat.json']!],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  const event = (name: string) => JSON.parse(runs[name]?.stdout ?? '{}') as SqsEvent;

  it('prints one record per message', () => {
    const records = event('standard').Records;

    expect(records.map((record) => record.body)).toEqual(['first', 'second']);
    expect(records[0]?.eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:my-queue');
    expect(records[0]?.md5OfBody).toBe('8b04d5e3775d298e78455efc5ca404d5');
  });

  it('prints attributes in event casing', () => {
    const [first, second] = event('standard').Records;

    expect(first?.messageAttributes.City).toEqual({
      stringValue: 'Any City',
      stringListValues: [],
      binaryListValues: [],
      dataType: 'String',
    });
    expect(first?.md5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toHaveProperty('md5OfMessageAttributes');
  });

  it('repeats output for one seed', () => {
    expect(runs.standardAgain?.stdout).toBe(runs.standard?.stdout);
    expect(event('standard').Records[0]?.attributes.SentTimestamp).toBe('1704067200000');
  });

  it('adds FIFO attributes', () => {
    const [first, second] = event('fifo').Records;

    expect(first?.attributes.MessageGroupId).toBe('g1');
    expect(first?.attributes.MessageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.attributes.SequenceNumber).toMatch(/^\d{20}$/);
    expect(BigInt(second?.attributes.SequenceNumber ?? '0')).toBeGreaterThan(BigInt(first?.attributes.SequenceNumber ?? '0'));
    expect(first?.eventSourceARN).toMatch(/:my-queue\.fifo$/);
  });

  it('rejects messages not in array', () => {
    expect(runs.object?.exitCode).toBe(1);
    expect(runs.object?.stderr).toMatch(/must hold a JSON array of messages/);
  });

  it('rejects message without body', () => {
    expect(runs.noBody?.exitCode).toBe(1);
    expect(runs.noBody?.stderr).toMatch(/Message 1 has no body/);
  });

  it('rejects wrong attribute type', () => {
    expect(runs.badType?.exitCode).toBe(1);
    expect(runs.badType?.stderr).toMatch(/"N" has DataType "Integer"; use String, Number or Binary/);
  });

  it('rejects FIFO message without group', () => {
    expect(runs.noGroup?.exitCode).toBe(1);
    expect(runs.noGroup?.stderr).toMatch(/no messageGroupId/);
  });

  it('rejects FIFO name without --fifo', () => {
    expect(runs.fifoName?.exitCode).toBe(2);
    expect(runs.fifoName?.stderr).toMatch(/add --fifo/);
  });

  it('writes errors as one line', () => {
    for (const name of ['object', 'noBody', 'badType', 'noGroup']) {
      const stderr = runs[name]?.stderr ?? '';
      expect(stderr.trim().split('\n'), name).toHaveLength(1);
      expect(hasStackFrame(stderr), name).toBe(false);
    }
  });

  it('drops FIFO content duplicate', () => {
    const records = event('fifoRepeat').Records;

    expect(runs.fifoRepeat?.exitCode).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0]?.eventSourceARN).toMatch(/:orders\.fifo$/);
  });

  it('names dropped duplicate on stderr', () => {
    const lines = (runs.fifoRepeat?.stderr ?? '').trim().split('\n');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/dropped message 1 as a duplicate of message 0/);
    expect(lines[0]).toMatch(/SHA-256 of its body/);
    expect(lines[0]).toMatch(/5-minute deduplication interval/);
  });

  it('uses given deduplication ids', () => {
    const records = event('fifoIds').Records;

    expect(records.map((record) => record.attributes.MessageDeduplicationId)).toEqual([
      'order-1',
      'order-2',
    ]);
    expect(runs.fifoIds?.stderr).toMatch(/dropped message 2 as a duplicate of message 0/);
    expect(runs.fifoIds?.stderr).toMatch(/from its messageDeduplicationId/);
  });

  it('keeps repeats on standard queue', () => {
    expect(event('standardRepeat').Records).toHaveLength(2);
    expect(runs.standardRepeat?.stderr).toBe('');
  });
});
