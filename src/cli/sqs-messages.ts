import {
  buildSqsEvent,
  SqsMessageInputError,
  type SqsMessageInput,
} from '../engine/sqs/event';
import { inputError } from './errors';
import { readJsonFile } from './files';

const EXAMPLE = '[{"body": "hello", "messageAttributes": {"City": {"DataType": "String", "StringValue": "Any City"}}}]';

/** Checks the JSON shape of the messages file before SQS's own rules apply. */
export function readSqsMessages(value: unknown, path: string): SqsMessageInput[] {
  if (!Array.isArray(value)) {
    throw inputError(
      `Messages file "${path}" must hold a JSON array of messages, such as ${EXAMPLE}.`,
    );
  }
  if (value.length === 0) {
    throw inputError(`Messages file "${path}" holds an empty array; give at least one message.`);
  }
  value.forEach((message: unknown, index) => {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      throw inputError(`Messages file "${path}": message ${index} is not an object; give {"body": "..."}.`);
    }
    const attributes = (message as { messageAttributes?: unknown }).messageAttributes;
    if (attributes === undefined) {
      return;
    }
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      throw inputError(
        `Messages file "${path}": message ${index} has messageAttributes that are not an object; give {"NAME": {"DataType": "String", "StringValue": "..."}}.`,
      );
    }
    for (const [name, attribute] of Object.entries(attributes)) {
      if (typeof attribute !== 'object' || attribute === null || Array.isArray(attribute)) {
        throw inputError(
          `Messages file "${path}": message ${index} attribute "${name}" is not an object; give {"DataType": "String", "StringValue": "..."}.`,
        );
      }
    }
  });

  return value as SqsMessageInput[];
}

/**
 * Reads a messages file for a queue and checks each message as SendMessage
 * would, so that invalid input fails with one line before anything runs.
 */
export function readQueueMessages(path: string, fifo: boolean): SqsMessageInput[] {
  const messages = readSqsMessages(readJsonFile(path, 'Messages file'), path);
  try {
    buildSqsEvent(messages, { region: 'us-east-1', accountId: '123456789012', fifo, now: 0, random: () => 0 });
  } catch (error) {
    if (error instanceof SqsMessageInputError) {
      throw inputError(`Messages file "${path}": ${error.message}`);
    }
    throw error;
  }

  return messages;
}
