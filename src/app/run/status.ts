import { statusText } from '../../engine/http';
import type { StatusIconName } from '../components/StatusIcon';

/** Row display of a status code: an icon and a word, never colour alone. */
export interface StatusLook {
  /** Text symbol, for places that cannot draw an SVG. */
  icon: string;
  iconName: StatusIconName;
  /** Outcome class for styling: `ok`, `redirect`, `client-error`, `server-error`. */
  tone: 'ok' | 'redirect' | 'client-error' | 'server-error';
  /** For example `200 OK`. */
  text: string;
}

/** Returns the icon, tone and text for an HTTP status code. */
export function statusLook(statusCode: number, reason?: string): StatusLook {
  const text = `${statusCode} ${reason || statusText(statusCode)}`.trim();
  if (statusCode >= 500) {
    return { icon: '✕', iconName: 'cross', tone: 'server-error', text };
  }
  if (statusCode >= 400) {
    return { icon: '⚠', iconName: 'warning', tone: 'client-error', text };
  }
  if (statusCode >= 300) {
    return { icon: '↪', iconName: 'redirect', tone: 'redirect', text };
  }

  return { icon: '✓', iconName: 'ok', tone: 'ok', text };
}

/** Reads Lambda's `X-Amz-Function-Error` header, set when a function fails. */
function functionError(headers: readonly (readonly [string, string])[]): string | undefined {
  return headers.find(([name]) => name.toLowerCase() === 'x-amz-function-error')?.[1];
}

/**
 * Returns the look of a response. An Invoke answers 200 even when the
 * function failed and names the failure in `X-Amz-Function-Error`, so that
 * case reads as an error, for example `200 Unhandled`.
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
export function responseLook(response: {
  statusCode: number;
  statusText: string;
  headers: readonly (readonly [string, string])[];
}): StatusLook {
  const error = functionError(response.headers);
  if (error !== undefined && response.statusCode < 300) {
    return {
      icon: '✕',
      iconName: 'cross',
      tone: 'server-error',
      text: `${response.statusCode} ${error || 'Function error'}`,
    };
  }

  return statusLook(response.statusCode, response.statusText);
}

/** Formats milliseconds as the console does, for example `12.34 ms`. */
export function formatMs(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

/** Returns `text` pretty-printed when it is JSON, else unchanged. */
export function prettyJson(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return text;
  }
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return text;
  }
}
