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
 * Reads a raw HTTP/1.1 request file as bytes, checked to parse, for a run
 * that parses it again inside the engine.
 */
export function readHttpRequestBytes(path: string): Uint8Array {
  const bytes = readBytesFile(path, 'Request file');
  parseOrFail(path, bytes);

  return bytes;
}
