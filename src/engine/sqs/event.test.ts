import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../util/random';
import { buildSqsEvent, SqsMessageInputError, type SqsEventRecord } from './event';
import { inputOfRecord } from './event-fixtures';
import { md5OfMessageAttributes, toEventAttribute } from './message-attributes';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/aws-events/sqs');

function fixture(name: string): { Records: SqsEventRecord[] } {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
}

function rebuild(record: SqsEventRecord): SqsEventRecord {
  const { message, options } = inputOfRecord(record);

  return buildSqsEvent([message], options).Records[0] as SqsEventRecord;
}

const OPTIONS = { region: 'us-east-1', accountId: '123456789012', now: 1_700_000_000_000 };

describe('buildSqsEvent against AWS samples', () => {
  it('rebuilds the developer guide record exactly', () => {
    const record = fixture('lambda-devguide__sqs-record.json').Records[0] as SqsEventRecord;
    expect(JSON.stringify(rebuild(record))).toBe(JSON.stringify(record));
  });

  it('computes the documented md5OfBody', () => {
    const record = fixture('pt-python__sqsEvent.json').Records[0] as SqsEventRecord;
    expect(rebuild(record).md5OfBody).toBe('e4e68fb7bd0e697a0ae8f1bb342846b3');
  });

  // Every sample event: same keys in the same order, and every attribute
  // value a string. Digests and bodies were edited by hand in several.
  for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.json'))) {
    const event = fixture(name);
    if (!Array.isArray(event.Records)) {
      continue;
    }
    for (const [index, record] of event.Records.entries()) {
      it(`${name} record ${index} keeps the record keys`, () => {
        const keys = (value: object) => Object.keys(value).filter((key) => key !== 'md5OfMessageAttributes').sort();
        expect(keys(rebuild(record))).toEqual(keys(record));
      });

      it(`${name} record ${index} keeps the attributes`, () => {
        expect(rebuild(record).attributes).toEqual(record.attributes);
      });
    }
  }

  it('orders FIFO attributes as a real queue does', () => {
    const record = fixture('pt-python__snsSqsFifoEvent.json').Records[0] as SqsEventRecord;
    expect(Object.keys(rebuild(record).attributes)).toEqual(Object.keys(record.attributes));
  });

  it('puts DeadLetterQueueSourceArn first, as a real queue does', () => {
    const record = fixture('pt-python__sqsDlqTriggerEvent.json').Records[0] as SqsEventRecord;
    expect(Object.keys(rebuild(record).attributes)).toEqual(Object.keys(record.attributes));
  });

  it('keeps the sample message attributes', () => {
    const record = fixture('lambda-go__sqs-event.json').Records[0] as SqsEventRecord;
    expect(rebuild(record).messageAttributes).toEqual(record.messageAttributes);
  });
});

describe('buildSqsEvent message attributes', () => {
  const event = buildSqsEvent(
    [
      {
        body: 'order',
        messageAttributes: {
          City: { DataType: 'String', StringValue: 'Any City' },
          Population: { DataType: 'Number', StringValue: '1250800' },
        },
      },
    ],
    { ...OPTIONS, random: createSeededRandom(1) },
  );
  const record = event.Records[0] as SqsEventRecord;

  it('uses camelCase with empty lists', () => {
    expect(record.messageAttributes.City).toEqual({
      stringValue: 'Any City',
      stringListValues: [],
      binaryListValues: [],
      dataType: 'String',
    });
  });

  it('keeps the Number data type', () => {
    expect(record.messageAttributes.Population).toEqual({
      stringValue: '1250800',
      stringListValues: [],
      binaryListValues: [],
      dataType: 'Number',
    });
  });

  it('adds md5OfMessageAttributes after md5OfBody', () => {
    expect(Object.keys(record).slice(5, 7)).toEqual(['md5OfBody', 'md5OfMessageAttributes']);
  });

  it('omits md5OfMessageAttributes without attributes', () => {
    const plain = buildSqsEvent([{ body: 'x' }], { ...OPTIONS, random: createSeededRandom(1) });
    expect('md5OfMessageAttributes' in (plain.Records[0] as object)).toBe(false);
  });

  it('rejects a String attribute without a value', () => {
    expect(() => toEventAttribute('City', { DataType: 'String' })).toThrow(/non-empty StringValue/);
  });

  it('rejects a name starting with AWS.', () => {
    expect(() => toEventAttribute('AWS.x', { DataType: 'String', StringValue: 'a' })).toThrow(/Invalid message attribute name/);
  });
});

describe('md5OfMessageAttributes', () => {
  // Digests published with the aws-md5-of-message-attributes npm package.
  it('digests a String attribute', () => {
    const attributes = { attribName1: toEventAttribute('attribName1', { DataType: 'String', StringValue: 'attribValue 1' }) };
    expect(md5OfMessageAttributes(attributes)).toBe('19e27d4e946b072f3f58da80d94fd778');
  });

  it('digests a custom Number type', () => {
    const attributes = {
      customNumberTypeAttrib: toEventAttribute('customNumberTypeAttrib', {
        DataType: 'Number.float',
        StringValue: '4563442423554324324264524243.32543234',
      }),
    };
    expect(md5OfMessageAttributes(attributes)).toBe('9fe1b90bbd9965bdf77bac517c7d2495');
  });

  it('digests a Binary attribute', () => {
    const attributes = {
      binaryAttribute: toEventAttribute('binaryAttribute', { DataType: 'Binary', BinaryValue: btoa('Hello binary world!') }),
    };
    expect(md5OfMessageAttributes(attributes)).toBe('31a92b15d92f8db860eda32aceb656c3');
  });
});

describe('buildSqsEvent FIFO records', () => {
  const event = buildSqsEvent(
    [
      { body: 'a', messageGroupId: 'g1' },
      { body: 'b', messageGroupId: 'g1' },
    ],
    { ...OPTIONS, fifo: true, queueName: 'orders.fifo', random: createSeededRandom(3) },
  );
  const [first, second] = event.Records as [SqsEventRecord, SqsEventRecord];

  it('adds the group id', () => {
    expect(first.attributes.MessageGroupId).toBe('g1');
  });

  it('derives the deduplication id from the body', () => {
    expect(first.attributes.MessageDeduplicationId).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
  });

  it('raises the sequence number', () => {
    expect(BigInt(second.attributes.SequenceNumber ?? '0') > BigInt(first.attributes.SequenceNumber ?? '0')).toBe(true);
  });

  it('uses a 20-digit sequence number', () => {
    expect(first.attributes.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('names the .fifo queue in the ARN', () => {
    expect(first.eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:orders.fifo');
  });

  it('rejects a message without a group id', () => {
    expect(() =>
      buildSqsEvent([{ body: 'a' }], { ...OPTIONS, fifo: true, random: createSeededRandom(1) }),
    ).toThrow(SqsMessageInputError);
  });
});

describe('buildSqsEvent defaults', () => {
  const build = (seed: number) => buildSqsEvent([{ body: 'Hello from SQS!' }], { ...OPTIONS, random: createSeededRandom(seed) });

  it('is repeatable for a seed', () => {
    expect(build(5)).toEqual(build(5));
  });

  it('writes every attribute as a string', () => {
    const values = Object.values(build(1).Records[0]?.attributes ?? {});
    expect(values.every((value) => typeof value === 'string')).toBe(true);
  });

  it('uses the account id as SenderId', () => {
    expect(build(1).Records[0]?.attributes.SenderId).toBe('123456789012');
  });

  it('rejects an empty body', () => {
    expect(() => buildSqsEvent([{ body: '' }], { ...OPTIONS, random: createSeededRandom(1) })).toThrow(/non-empty string body/);
  });
});
