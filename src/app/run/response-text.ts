import type { ClientResponse } from '../../engine/run/types';
import { prettyJson } from './status';

/**
 * Formats the response as the client receives it: status line, headers and
 * the body unchanged, so Content-Length matches what is shown.
 */
export function rawResponseText(response: ClientResponse): string {
  const head = [
    `HTTP/1.1 ${response.statusCode} ${response.statusText}`.trimEnd(),
    ...response.headers.map(([name, value]) => `${name}: ${value}`),
  ];
  const body = response.bodyIsBase64
    ? `[binary body, base64]\n${response.body}`
    : response.body;

  return `${head.join('\n')}\n\n${body}`;
}

/** Returns the body re-indented when it is JSON; undefined when that changes nothing. */
export function formattedBody(response: ClientResponse): string | undefined {
  if (response.bodyIsBase64) {
    return undefined;
  }
  const pretty = prettyJson(response.body);

  return pretty === response.body ? undefined : pretty;
}

/** Formats the handler's return value or error payload as JSON text. */
export function payloadText(payload: unknown): string {
  if (payload === undefined) {
    return 'undefined (the handler returned nothing)';
  }

  return JSON.stringify(payload, null, 2) ?? String(payload);
}
