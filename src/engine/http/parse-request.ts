import { err, ok, type Result } from '../model/result';
import { isValidUtf8, latin1Bytes, utf8Bytes, utf8Text } from '../util/base64';
import type { HttpRequest } from './request';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VERSION = /^HTTP\/\d\.\d$/;

/** Finds the end of the header block: the index of the blank line and its length. */
function findHeaderEnd(text: string): { index: number; length: number } | undefined {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) {
    return undefined;
  }

  return { index: match.index, length: match[0].length };
}

function splitTarget(
  target: string,
): Result<{ path: string; rawQuery: string; host?: string }, string> {
  let rest = target;
  let host: string | undefined;
  const absolute = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/.exec(target);
  if (absolute) {
    host = absolute[2];
    rest = absolute[3] || '/';
  } else if (target === '*') {
    return ok({ path: '*', rawQuery: '' });
  } else if (!target.startsWith('/')) {
    return err(
      `Invalid request target '${target}': use a path such as /items?id=1 or an absolute URL such as http://example.com/items`,
    );
  }
  const withoutFragment = rest.split('#')[0] ?? '';
  const questionMark = withoutFragment.indexOf('?');
  const path = questionMark === -1 ? withoutFragment : withoutFragment.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : withoutFragment.slice(questionMark + 1);

  return ok(host === undefined ? { path, rawQuery } : { path, rawQuery, host });
}

/** One line of the head, decoded, and whether its bytes were valid UTF-8. */
interface HeadLine {
  text: string;
  utf8: boolean;
}

/**
 * Decodes the head's lines as UTF-8. A string is already text; bytes arrive
 * as Latin-1 (one character per byte), so each line is re-read as UTF-8.
 */
function decodeHeadLines(head: string, fromBytes: boolean): HeadLine[] {
  return head.split(/\r?\n/).map((line) => {
    if (!fromBytes) {
      return { text: line, utf8: true };
    }
    const bytes = latin1Bytes(line);

    return { text: utf8Text(bytes), utf8: isValidUtf8(bytes) };
  });
}

function parseHeaderLines(
  lines: HeadLine[],
): Result<{ headers: [name: string, value: string][]; nonUtf8: string[] }, string> {
  const headers: [string, string][] = [];
  const nonUtf8: string[] = [];
  for (const { text: line, utf8 } of lines) {
    if (/^[ \t]/.test(line)) {
      // Obsolete line folding (RFC 9112 section 5.2): join to the previous value.
      const previous = headers.at(-1);
      if (!previous) {
        return err(`Invalid header line '${line}': a header cannot start with a space`);
      }
      previous[1] = `${previous[1]} ${line.trim()}`;
      if (!utf8 && !nonUtf8.includes(previous[0])) {
        nonUtf8.push(previous[0]);
      }
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon === -1 ? '' : line.slice(0, colon);
    if (colon === -1 || !TOKEN.test(name)) {
      return err(
        `Invalid header line '${line}': expected NAME: VALUE with no space before the colon`,
      );
    }
    headers.push([name, line.slice(colon + 1).trim()]);
    if (!utf8 && !nonUtf8.includes(name)) {
      nonUtf8.push(name);
    }
  }

  return ok({ headers, nonUtf8 });
}

/** Removes the chunked transfer coding (RFC 9112 section 7.1). */
function decodeChunked(body: Uint8Array): Result<Uint8Array, string> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  let total = 0;
  for (;;) {
    let lineEnd = offset;
    while (lineEnd < body.length && body[lineEnd] !== 0x0a) {
      lineEnd += 1;
    }
    if (lineEnd >= body.length) {
      return err('Invalid chunked body: a chunk size line is missing its line break');
    }
    const sizeLine = String.fromCharCode(...body.subarray(offset, lineEnd))
      .replace(/\r$/, '')
      .split(';')[0]
      ?.trim();
    if (!sizeLine || !/^[0-9A-Fa-f]+$/.test(sizeLine)) {
      return err(`Invalid chunked body: '${sizeLine ?? ''}' is not a hex chunk size`);
    }
    const size = parseInt(sizeLine, 16);
    offset = lineEnd + 1;
    if (size === 0) {
      break;
    }
    if (offset + size > body.length) {
      return err(`Invalid chunked body: a chunk of ${size} bytes is cut short`);
    }
    parts.push(body.subarray(offset, offset + size));
    total += size;
    offset += size;
    if (body[offset] === 0x0d) {
      offset += 1;
    }
    if (body[offset] === 0x0a) {
      offset += 1;
    }
  }
  const joined = new Uint8Array(total);
  let position = 0;
  for (const part of parts) {
    joined.set(part, position);
    position += part.length;
  }

  return ok(joined);
}

function isOnlyLineBreaks(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x0a || byte === 0x0d);
}

function readBody(
  headers: [string, string][],
  bodyBytes: Uint8Array,
): Result<Uint8Array, string> {
  const find = (name: string) =>
    headers.filter(([headerName]) => headerName.toLowerCase() === name);
  const transferEncoding = find('transfer-encoding').at(-1)?.[1];
  if (transferEncoding !== undefined) {
    if (transferEncoding.toLowerCase() !== 'chunked') {
      return err(
        `Unsupported Transfer-Encoding '${transferEncoding}': only chunked is supported; or remove it and set Content-Length`,
      );
    }
    return decodeChunked(bodyBytes);
  }
  const lengths = find('content-length');
  if (lengths.length === 0) {
    // Without Content-Length the file's remaining text is the body, as a
    // client would send it with a computed Content-Length; a lone trailing
    // line break after the blank line is not a body.
    return ok(isOnlyLineBreaks(bodyBytes) ? new Uint8Array() : bodyBytes);
  }
  const distinct = new Set(lengths.map(([, value]) => value.trim()));
  const [value] = [...distinct];
  if (distinct.size > 1 || value === undefined || !/^\d+$/.test(value)) {
    return err(
      `Invalid Content-Length '${lengths.map(([, v]) => v).join(', ')}': use one non-negative integer`,
    );
  }
  const length = Number(value);
  if (bodyBytes.length < length) {
    return err(
      `The body has ${bodyBytes.length} bytes but Content-Length is ${length}: fix the header or remove it`,
    );
  }
  const extra = bodyBytes.subarray(length);
  if (!isOnlyLineBreaks(extra)) {
    return err(
      `The body has ${bodyBytes.length} bytes but Content-Length is ${length}: fix the header or remove it`,
    );
  }

  return ok(bodyBytes.subarray(0, length));
}

/**
 * Parses a raw HTTP/1.1 request message: request line, headers, blank line and
 * body, with CRLF or LF line breaks. A string's body is read as UTF-8; pass
 * bytes to send a binary body unchanged.
 */
export function parseRawHttpRequest(
  raw: string | Uint8Array,
): Result<HttpRequest, string> {
  // Bytes are read as Latin-1 so that one character is one byte and the body
  // offset found in the text is also the offset in the bytes.
  const text = typeof raw === 'string' ? raw : latin1(raw);
  const trimmedStart = text.replace(/^(\r?\n)+/, '');
  const skipped = text.length - trimmedStart.length;
  const headerEnd = findHeaderEnd(trimmedStart);
  const head = headerEnd ? trimmedStart.slice(0, headerEnd.index) : trimmedStart.replace(/\r?\n$/, '');
  const bodyStart = headerEnd ? skipped + headerEnd.index + headerEnd.length : text.length;
  const bodyBytes =
    typeof raw === 'string' ? utf8Bytes(text.slice(bodyStart)) : raw.subarray(bodyStart);

  const lines = decodeHeadLines(head, typeof raw !== 'string');
  const requestLine = lines[0]?.text ?? '';
  if (requestLine.trim() === '') {
    return err('The request is empty: start with a request line such as GET / HTTP/1.1');
  }
  const parts = requestLine.split(' ');
  const [method, target, httpVersion] = parts;
  if (parts.length !== 3 || !method || !target || !httpVersion) {
    return err(`Invalid request line '${requestLine}': expected METHOD TARGET HTTP/1.1`);
  }
  if (!TOKEN.test(method)) {
    return err(`Invalid method '${method}' in request line '${requestLine}': use a token such as GET or POST`);
  }
  if (!VERSION.test(httpVersion)) {
    return err(`Invalid protocol '${httpVersion}' in request line '${requestLine}': expected HTTP/1.1`);
  }
  const split = splitTarget(target);
  if (!split.ok) {
    return split;
  }
  const parsedHeaders = parseHeaderLines(lines.slice(1));
  if (!parsedHeaders.ok) {
    return parsedHeaders;
  }
  const { headers, nonUtf8 } = parsedHeaders.value;
  const body = readBody(headers, bodyBytes);
  if (!body.ok) {
    return body;
  }
  const hostHeader = headers.find(([name]) => name.toLowerCase() === 'host')?.[1];
  const host = split.value.host ?? hostHeader;

  return ok({
    method,
    target,
    path: split.value.path,
    rawQuery: split.value.rawQuery,
    httpVersion,
    headers,
    ...(nonUtf8.length === 0 ? {} : { nonUtf8Headers: nonUtf8 }),
    ...(host === undefined ? {} : { host }),
    body: body.value,
    requestLine,
  });
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }

  return text;
}
