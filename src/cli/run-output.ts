import type { InvocationRecord } from '../engine/lambda/invocation';
import type { ClientResponse, RunResult } from '../engine/run/types';

/** Response headers as printed: a string, or an array for a repeated name. */
export type PrintedHeaders = Record<string, string | string[]>;

/**
 * Groups response headers by name, case-insensitively, under the first casing
 * seen. A header sent once stays a string. A header sent more than once becomes
 * an array in the order sent, because Set-Cookie values cannot be comma-joined.
 */
export function groupHeaders(
  headers: ClientResponse['headers'],
): PrintedHeaders {
  const names = new Map<string, string>();
  const grouped: Record<string, string[]> = {};
  for (const [name, value] of headers) {
    const key = names.get(name.toLowerCase()) ?? name;
    names.set(name.toLowerCase(), key);
    (grouped[key] ??= []).push(value);
  }

  return Object.fromEntries(
    Object.entries(grouped).map(([name, values]) => [
      name,
      values.length === 1 ? (values[0] as string) : values,
    ]),
  );
}

function printedInvocation(record: InvocationRecord) {
  return {
    event: record.event,
    result: record.payload,
    logs: record.logs,
    functionNodeId: record.functionNodeId,
    requestId: record.requestId,
    outcome: record.outcome,
    coldStart: record.coldStart,
    durationMs: record.durationMs,
    billedDurationMs: record.billedDurationMs,
    ...(record.initDurationMs === undefined
      ? {}
      : { initDurationMs: record.initDurationMs }),
  };
}

/**
 * Shapes a run for `invoke`: `response` (statusCode, headers, body) and
 * `invocations` (event, result, logs) as the command line's contract states,
 * with extra fields after those.
 */
export function printedRunResult(result: RunResult) {
  const { response } = result;

  return {
    response: {
      statusCode: response.statusCode,
      headers: groupHeaders(response.headers),
      body: response.body,
      statusText: response.statusText,
      ...(response.bodyIsBase64 ? { bodyIsBase64: true } : {}),
    },
    invocations: result.invocations.map(printedInvocation),
    ...(result.errorReason === undefined
      ? {}
      : { errorReason: result.errorReason }),
    ...(result.message === undefined ? {} : { message: result.message }),
    ...(result.deliveries === undefined
      ? {}
      : { deliveries: result.deliveries }),
  };
}
