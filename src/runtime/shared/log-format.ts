/**
 * Platform log lines of Lambda's text log format, as documented in
 * https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html.
 */

/** Formats milliseconds with two decimals, as `REPORT` shows them. */
export function formatMs(ms: number): string {
  return ms.toFixed(2);
}

/** Returns the `START` line of an invocation. */
export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

/** Returns the `END` line of an invocation. */
export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

/** Fields of a `REPORT` line. */
export interface ReportFields {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  /** Present on a cold start only. */
  initDurationMs?: number;
}

/** Returns the tab-separated `REPORT` line of an invocation. */
export function reportLine(fields: ReportFields): string {
  const parts = [
    `REPORT RequestId: ${fields.requestId}`,
    `Duration: ${formatMs(fields.durationMs)} ms`,
    `Billed Duration: ${fields.billedDurationMs} ms`,
    `Memory Size: ${fields.memorySizeMb} MB`,
    `Max Memory Used: ${fields.maxMemoryUsedMb} MB`,
  ];
  if (fields.initDurationMs !== undefined) {
    parts.push(`Init Duration: ${formatMs(fields.initDurationMs)} ms`);
  }

  return parts.join('\t');
}

/** Formats a timeout in seconds as Lambda does: always two decimals. */
export function formatSeconds(seconds: number): string {
  return seconds.toFixed(2);
}

/** Returns the line Lambda writes when an invocation times out. */
export function timeoutLine(
  at: Date,
  requestId: string,
  timeoutSeconds: number,
): string {
  const seconds = formatSeconds(timeoutSeconds);

  return `${at.toISOString()} ${requestId} Task timed out after ${seconds} seconds`;
}
