import type { FifoDuplicate } from '../../engine/sqs/deduplication';
import { buildSqsEventFromSends, SqsMessageInputError } from '../../engine/sqs/event';
import { noPositionals, parseCommandArgs, requireOption } from '../args';
import { inputError, usageError } from '../errors';
import { readJsonFile } from '../files';
import { printJson } from '../output';
import { readSqsMessages } from '../sqs-messages';
import { EVENT_CONTEXT_OPTIONS, readEventContext } from './event-eventbridge';

const COMMAND = 'event sqs';

function duplicateLine(path: string, duplicate: FifoDuplicate): string {
  const source = duplicate.contentBased
    ? 'the SHA-256 of its body, as content-based deduplication sets it'
    : 'its messageDeduplicationId';

  return `Messages file "${path}": dropped message ${duplicate.index} as a duplicate of message ${duplicate.firstIndex}: both have deduplication id ${duplicate.deduplicationId} (from ${source}), and a FIFO queue delivers only the first message with an id within the 5-minute deduplication interval.`;
}

/**
 * `event sqs --messages FILE [--fifo] [--queue NAME] [--seed N]`: prints the
 * event an SQS event source mapping passes to a function for the messages.
 */
export function runEventSqs(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    messages: { type: 'string' },
    fifo: { type: 'boolean', default: false },
    queue: { type: 'string' },
    ...EVENT_CONTEXT_OPTIONS,
  });
  noPositionals(COMMAND, positionals);
  const messagesPath = requireOption(COMMAND, values.messages, '--messages FILE');
  const fifo = values.fifo;
  const queueName = values.queue;
  if (queueName !== undefined && fifo !== queueName.endsWith('.fifo')) {
    throw usageError(
      fifo
        ? `--queue must end in .fifo with --fifo, got "${queueName}"; FIFO queue names end in .fifo.`
        : `--queue "${queueName}" names a FIFO queue; add --fifo or drop the .fifo suffix.`,
    );
  }
  const context = readEventContext(COMMAND, values);

  const messages = readSqsMessages(readJsonFile(messagesPath, 'Messages file'), messagesPath);
  try {
    const { event, duplicates } = buildSqsEventFromSends(messages, {
      region: context.region,
      accountId: context.accountId,
      fifo,
      ...(queueName === undefined ? {} : { queueName }),
      now: context.now(),
      random: context.random,
    });
    for (const duplicate of duplicates) {
      process.stderr.write(`${duplicateLine(messagesPath, duplicate)}\n`);
    }
    printJson(event);
  } catch (error) {
    if (error instanceof SqsMessageInputError) {
      throw inputError(`Messages file "${messagesPath}": ${error.message}`);
    }
    throw error;
  }

  return 0;
}
