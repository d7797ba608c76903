import { parseRawHttpRequest } from '../../engine/http';
import { API_METHODS, type Scenario, type ScenarioNode } from '../../engine/model';
import type { HeaderRow, HttpDraft } from '../store/run-slice';
import { apiRequestDefaults } from '../apigateway/api-request';

/** Methods offered in the composer's method list: every one but `ANY`. */
export const HTTP_METHODS = API_METHODS.filter((method) => method !== 'ANY');

const USER_AGENT = 'curl/8.5.0';

/**
 * Returns the DNS name a client would use for an ALB node, in the form
 * `NAME-123456789.REGION.elb.amazonaws.com` (internal ones start `internal-`).
 */
export function albDnsName(scenario: Scenario, node: ScenarioNode): string {
  const config = node.config as { Name?: string; Scheme?: string; region?: string };
  const name = config.Name ?? node.id;
  const region = config.region ?? scenario.settings.region;
  const prefix = config.Scheme === 'internal' ? 'internal-' : '';

  return `${prefix}${name}-123456789.${region}.elb.amazonaws.com`;
}

/**
 * Returns the URL a client would request. An ALB listens on its listener's
 * protocol and port, and the port is left out when it is the scheme's
 * default. API Gateway endpoints are HTTPS only.
 */
export function requestUrl(node: ScenarioNode, host: string, target: string): string {
  let origin = `https://${host}`;
  if (node.type === 'alb') {
    const config = node.config as { Protocol?: string; Port?: number };
    const scheme = config.Protocol === 'HTTPS' ? 'https' : 'http';
    const port = config.Port ?? (scheme === 'https' ? 443 : 80);
    const standard = scheme === 'https' ? 443 : 80;
    origin = `${scheme}://${host}${port === standard ? '' : `:${port}`}`;
  }

  return `${origin}${target || '/'}`;
}

/** Returns the request a new composer starts with for an entry node. */
export function defaultHttpDraft(scenario: Scenario, node: ScenarioNode): HttpDraft {
  const api = node.type === 'apigateway' ? apiRequestDefaults(scenario, node.id) : undefined;
  const host =
    api?.host ??
    (node.type === 'route53'
      ? String(node.config.Name ?? 'api.example.com')
      : node.type === 'alb'
      ? albDnsName(scenario, node)
      : `abc123defg.execute-api.${scenario.settings.region}.amazonaws.com`);
  const draft: HttpDraft = {
    mode: 'form',
    method: api?.method ?? 'GET',
    target: api?.target ?? '/hello?name=Ada',
    headers: [
      { name: 'Host', value: host },
      { name: 'User-Agent', value: USER_AGENT },
      { name: 'Accept', value: '*/*' },
    ],
    body: '',
    raw: '',
  };

  return { ...draft, raw: formToRaw(draft) };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Builds the HTTP/1.1 message the form describes. Like curl, it adds a
 * Content-Length header for a body unless one is set.
 */
export function formToRaw(draft: HttpDraft): string {
  const headers = draft.headers.filter((row) => row.name.trim() !== '');
  const hasLength = headers.some((row) =>
    ['content-length', 'transfer-encoding'].includes(row.name.trim().toLowerCase()),
  );
  const lines = [`${draft.method} ${draft.target || '/'} HTTP/1.1`];
  for (const row of headers) {
    lines.push(`${row.name.trim()}: ${row.value}`);
  }
  if (draft.body !== '' && !hasLength) {
    lines.push(`Content-Length: ${utf8Length(draft.body)}`);
  }

  return `${lines.join('\r\n')}\r\n\r\n${draft.body}`;
}

/**
 * Fills the form from a raw message, or returns the parse error. The
 * Content-Length header is dropped because the form recomputes it.
 */
export function rawToForm(draft: HttpDraft): { draft: HttpDraft } | { error: string } {
  const parsed = parseRawHttpRequest(draft.raw);
  if (!parsed.ok) {
    return { error: parsed.error };
  }
  const request = parsed.value;
  const headers: HeaderRow[] = request.headers
    .filter(([name]) => name.toLowerCase() !== 'content-length')
    .map(([name, value]) => ({ name, value }));

  return {
    draft: {
      ...draft,
      method: request.method,
      target: request.target,
      headers,
      body: new TextDecoder().decode(request.body),
    },
  };
}

/** Returns the message a draft sends, in whichever mode it is edited. */
export function draftMessage(draft: HttpDraft): string {
  return draft.mode === 'raw' ? draft.raw : formToRaw(draft);
}

/** Returns a short label for the history, for example `GET /hello?name=Ada`. */
export function draftLabel(draft: HttpDraft): string {
  if (draft.mode === 'form') {
    return `${draft.method} ${draft.target || '/'}`;
  }
  const firstLine = draft.raw.replace(/^(\r?\n)+/, '').split(/\r?\n/)[0] ?? '';

  return firstLine.replace(/\s+HTTP\/\d\.\d\s*$/, '') || 'Raw request';
}
