/** Identifiers Lambda shows for requests, log streams and environments. */

/** Returns `count` random lowercase hex digits. */
export function randomHex(count: number): string {
  const bytes = new Uint8Array(Math.ceil(count / 2));
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');

  return hex.slice(0, count);
}

/** Creates a Lambda request id (a version 4 UUID, as Lambda uses). */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Builds a log stream name in Lambda's format `YYYY/MM/DD/[$LATEST]<32 hex>`
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html).
 */
export function logStreamName(createdAt: Date, instanceHex: string): string {
  const year = createdAt.getUTCFullYear();
  const month = String(createdAt.getUTCMonth() + 1).padStart(2, '0');
  const day = String(createdAt.getUTCDate()).padStart(2, '0');

  return `${year}/${month}/${day}/[$LATEST]${instanceHex}`;
}

/** Hashes text with two 32-bit FNV-1a passes; used for cache keys only. */
export function hashText(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x5bd1e995) >>> 0;
  }

  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0');
}
