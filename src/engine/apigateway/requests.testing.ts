/** Test-only helpers for building requests: never import them from engine code. */
import { parseRawHttpRequest, type HttpRequest } from '../http';

/** Parses a raw request written as header lines and a body, throwing on invalid input. */
export function rawRequest(lines: string[], body = ''): HttpRequest {
  const parsed = parseRawHttpRequest(`${lines.join('\r\n')}\r\n\r\n${body}`);
  if (!parsed.ok) {
    throw new Error(parsed.error);
  }

  return parsed.value;
}

/** Encodes query values the way a client sends them. */
export function encodeQuery(map: Record<string, string[]> | null | undefined): string {
  return Object.entries(map ?? {})
    .flatMap(([name, values]) =>
      values.map((value) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
    )
    .join('&');
}
