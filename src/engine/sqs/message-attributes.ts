import { base64ToBytes, utf8Bytes } from '../util/base64';
import { md5Hex } from './md5';

/** A message attribute as SendMessage takes it (SDK casing). */
export interface SendMessageAttribute {
  DataType: string;
  StringValue?: string;
  /** Base64 of the bytes. */
  BinaryValue?: string;
  StringListValues?: string[];
  BinaryListValues?: string[];
}

/** A message attribute as the Lambda event carries it (camelCase). */
export interface EventMessageAttribute {
  stringValue?: string;
  binaryValue?: string;
  stringListValues: string[];
  binaryListValues: string[];
  dataType: string;
}

/** Input in either casing; the CLI and the UI pass what the user wrote. */
export type MessageAttributeInput = SendMessageAttribute | Partial<EventMessageAttribute>;

/** A message attribute that is not valid for SendMessage. */
export class MessageAttributeError extends Error {
  constructor(
    readonly attribute: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageAttributeError';
  }
}

const NAME_PATTERN = /^[A-Za-z0-9_.-]{1,256}$/;

function field<T>(input: object, upper: string, lower: string): T | undefined {
  const record = input as Record<string, unknown>;

  return (record[upper] ?? record[lower]) as T | undefined;
}

/**
 * Converts one attribute to the event's shape, checking SendMessage's rules.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html
 */
export function toEventAttribute(name: string, input: MessageAttributeInput): EventMessageAttribute {
  if (!NAME_PATTERN.test(name) || /^(aws|amazon)\./i.test(name) || /\.\./.test(name) || name.startsWith('.') || name.endsWith('.')) {
    throw new MessageAttributeError(
      name,
      `Invalid message attribute name "${name}": use up to 256 letters, digits, _, - or single inner periods, not starting with AWS. or Amazon.`,
    );
  }
  const dataType = field<string>(input, 'DataType', 'dataType');
  if (typeof dataType !== 'string' || !/^(String|Number|Binary)(\..+)?$/.test(dataType)) {
    throw new MessageAttributeError(
      name,
      `Message attribute "${name}" has DataType ${JSON.stringify(dataType)}; use String, Number or Binary, optionally with a .label suffix.`,
    );
  }
  const stringValue = field<string>(input, 'StringValue', 'stringValue');
  const binaryValue = field<string>(input, 'BinaryValue', 'binaryValue');
  const binary = dataType.startsWith('Binary');
  if (binary && (typeof binaryValue !== 'string' || base64ToBytes(binaryValue) === undefined)) {
    throw new MessageAttributeError(name, `Message attribute "${name}" is Binary; give BinaryValue as base64.`);
  }
  if (!binary && (typeof stringValue !== 'string' || stringValue === '')) {
    throw new MessageAttributeError(name, `Message attribute "${name}" is ${dataType}; give a non-empty StringValue.`);
  }
  const attribute: EventMessageAttribute = binary
    ? { binaryValue, stringListValues: [], binaryListValues: [], dataType }
    : { stringValue, stringListValues: [], binaryListValues: [], dataType };
  attribute.stringListValues = [...(field<string[]>(input, 'StringListValues', 'stringListValues') ?? [])];
  attribute.binaryListValues = [...(field<string[]>(input, 'BinaryListValues', 'binaryListValues') ?? [])];

  return attribute;
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  const output = new Uint8Array(4 + bytes.length);
  new DataView(output.buffer).setUint32(0, bytes.length);
  output.set(bytes, 4);

  return output;
}

/**
 * Computes SQS's MD5OfMessageAttributes: attributes sorted by name, each as
 * its length-prefixed name, length-prefixed data type, a transport byte
 * (1 for String and Number, 2 for Binary) and the length-prefixed value.
 * List values are reserved by SQS and not part of the digest.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation
 */
export function md5OfMessageAttributes(attributes: Record<string, EventMessageAttribute>): string {
  const parts: Uint8Array[] = [];
  const names = Object.keys(attributes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const attribute = attributes[name] as EventMessageAttribute;
    parts.push(lengthPrefixed(utf8Bytes(name)));
    parts.push(lengthPrefixed(utf8Bytes(attribute.dataType)));
    if (attribute.dataType.startsWith('Binary')) {
      parts.push(Uint8Array.of(2));
      parts.push(lengthPrefixed(base64ToBytes(attribute.binaryValue ?? '') ?? new Uint8Array()));
    } else {
      parts.push(Uint8Array.of(1));
      parts.push(lengthPrefixed(utf8Bytes(attribute.stringValue ?? '')));
    }
  }
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const buffer = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    buffer.set(part, offset);
    offset += part.length;
  }

  return md5Hex(buffer);
}
