import { parseRawHttpRequest, type HttpRequest } from '../engine/http';
import { inputError } from './errors';
import { readBytesFile } from './files';

function parseOrFail(path: string, raw: string | Uint8Array): HttpRequest {
  const parsed = parseRawHttpRequest(raw);
  if (!parsed.ok) {
    throw inputError(
      `Request file "${path}" is not a valid HTTP request: ${parsed.error}`,
    );
  }

  return parsed.value;
}

/**
 * Reads a raw HTTP/1.1 request file as bytes, so a binary body stays exact,
 * or raises an input error naming the file.
 */
export function readHttpRequestFile(path: string): HttpRequest {
  return parseOrFail(path, readBytesFile(path, 'Request file'));
}

/**
 * Reads a raw HTTP/1.1 request file as UTF-8 text, checked to parse.
 * NOTE: a run takes the request as a string, so body bytes that are not UTF-8
 * arrive as U+FFFD; `readHttpRequestFile` keeps them exact.
 */
export function readHttpRequestText(path: string): string {
  const bytes = readBytesFile(path, 'Request file');
  const text = Buffer.from(bytes).toString('utf8');
  parseOrFail(path, text);

  return text;
}
