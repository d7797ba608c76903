import { utf8Bytes } from '../util/base64';
import { buildSqsEvent, type SqsEventRecord } from './event';

/** Builds a sample record for a message body, with fixed ids and timestamps. */
export function sampleRecord(
  body: string,
  queue: { arn: string; fifo: boolean },
  groupId: string | undefined,
): SqsEventRecord {
  const [, , , region = 'us-east-1', accountId = '123456789012'] = queue.arn.split(':');
  const event = buildSqsEvent([{ body, messageGroupId: groupId ?? 'group-1' }], {
    region,
    accountId,
    queueArn: queue.arn,
    fifo: queue.fifo,
    now: 1_700_000_000_000,
    // Fixed digits: only the length of generated ids matters here.
    random: () => 0.5,
  });

  return event.Records[0] as SqsEventRecord;
}

/** Size in bytes of one record in the event, its separating comma included. */
export function recordBytes(body: string, queue: { arn: string; fifo: boolean }): number {
  return utf8Bytes(JSON.stringify(sampleRecord(body, queue, undefined))).length + 1;
}
