// A FIFO queue delivers one message per deduplication id within the 5-minute
// deduplication interval:
// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html
import { describe, expect, it } from 'vitest';
import { findFifoDuplicates } from './deduplication';
import { buildSqsEvent, buildSqsEventFromSends, SqsMessageInputError, type SqsMessageInput } from './event';

const options = {
  region: 'us-east-1',
  accountId: '123456789012',
  fifo: true,
  queueName: 'orders.fifo',
  now: 1_704_067_200_000,
  random: () => 0.5,
};

const repeated: SqsMessageInput[] = [
  { body: 'a', messageGroupId: 'g1' },
  { body: 'a', messageGroupId: 'g1' },
];

describe('findFifoDuplicates', () => {
  it('finds repeated body', () => {
    expect(findFifoDuplicates(repeated)).toEqual([
      {
        index: 1,
        firstIndex: 0,
        deduplicationId: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
        contentBased: true,
      },
    ]);
  });

  it('prefers given deduplication id', () => {
    const messages: SqsMessageInput[] = [
      { body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'one' },
      { body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'two' },
    ];
    expect(findFifoDuplicates(messages)).toEqual([]);
  });

  it('matches given id across bodies', () => {
    const messages: SqsMessageInput[] = [
      { body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'one' },
      { body: 'b', messageGroupId: 'g2', messageDeduplicationId: 'one' },
    ];
    expect(findFifoDuplicates(messages).map((duplicate) => duplicate.index)).toEqual([1]);
    expect(findFifoDuplicates(messages)[0]?.contentBased).toBe(false);
  });

  it('matches given id to body hash', () => {
    const messages: SqsMessageInput[] = [
      { body: 'a', messageGroupId: 'g1' },
      {
        body: 'b',
        messageGroupId: 'g1',
        messageDeduplicationId: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
      },
    ];
    expect(findFifoDuplicates(messages).map((duplicate) => duplicate.firstIndex)).toEqual([0]);
  });
});

describe('buildSqsEventFromSends', () => {
  it('keeps only first FIFO duplicate', () => {
    const { event } = buildSqsEventFromSends(repeated, options);
    expect(event.Records).toHaveLength(1);
  });

  it('reports the dropped message', () => {
    const { duplicates } = buildSqsEventFromSends(repeated, options);
    expect(duplicates.map((duplicate) => duplicate.index)).toEqual([1]);
  });

  it('uses given deduplication id', () => {
    const messages: SqsMessageInput[] = [{ body: 'a', messageGroupId: 'g1', messageDeduplicationId: 'order-7' }];
    const { event } = buildSqsEventFromSends(messages, options);
    expect(event.Records[0]?.attributes.MessageDeduplicationId).toBe('order-7');
  });

  it('keeps repeats on standard queue', () => {
    const { event, duplicates } = buildSqsEventFromSends(repeated, { ...options, fifo: false, queueName: 'orders' });
    expect(event.Records).toHaveLength(2);
    expect(duplicates).toEqual([]);
  });

  it('matches event without duplicate', () => {
    const { event } = buildSqsEventFromSends(repeated, options);
    expect(event).toEqual(buildSqsEvent([repeated[0]!], options));
  });

  it('still checks dropped messages', () => {
    const messages: SqsMessageInput[] = [
      { body: 'a', messageGroupId: 'g1' },
      { body: 'a', messageGroupId: 'g1', messageAttributes: { N: { DataType: 'Integer', StringValue: '1' } } },
    ];
    expect(() => buildSqsEventFromSends(messages, options)).toThrow(SqsMessageInputError);
  });

  it('rejects empty deduplication id', () => {
    const messages: SqsMessageInput[] = [{ body: 'a', messageGroupId: 'g1', messageDeduplicationId: '' }];
    expect(() => buildSqsEventFromSends(messages, options)).toThrow(/messageDeduplicationId/);
  });
});
