import { describe, expect, it } from 'vitest';
import { parseRawHttpRequest } from '../../engine/http';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import type { HttpDraft } from '../store/run-slice';
import { defaultHttpDraft, draftLabel, formToRaw, rawToForm, requestUrl } from './http-draft';

const alb = ALB_HELLO_SAMPLE.nodes.find((node) => node.id === 'alb')!;

function draft(patch: Partial<HttpDraft> = {}): HttpDraft {
  return { ...defaultHttpDraft(ALB_HELLO_SAMPLE, alb), ...patch };
}

describe('http draft', () => {
  it('default targets the sample ALB', () => {
    const first = draft();
    expect(first.method).toBe('GET');
    expect(first.target).toBe('/hello?name=Ada');
    expect(first.headers[0]).toEqual({
      name: 'Host',
      value: 'web-alb-123456789.us-east-1.elb.amazonaws.com',
    });
    expect(first.headers.some((row) => row.name === 'User-Agent')).toBe(true);
  });

  it('form becomes a parsable message', () => {
    const parsed = parseRawHttpRequest(formToRaw(draft()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.requestLine).toBe('GET /hello?name=Ada HTTP/1.1');
    expect(parsed.value.host).toBe('web-alb-123456789.us-east-1.elb.amazonaws.com');
  });

  it('body adds UTF-8 Content-Length', () => {
    const raw = formToRaw(draft({ method: 'POST', body: 'héllo' }));
    expect(raw).toContain('Content-Length: 6\r\n');
    expect(raw.endsWith('\r\n\r\nhéllo')).toBe(true);
  });

  it('explicit Content-Length is kept', () => {
    const headers = [{ name: 'content-length', value: '2' }];
    const raw = formToRaw(draft({ method: 'POST', body: 'hi', headers }));
    expect(raw.match(/content-length/gi)).toHaveLength(1);
  });

  it('blank header rows are skipped', () => {
    const raw = formToRaw(draft({ headers: [{ name: ' ', value: 'x' }] }));
    expect(raw).toBe('GET /hello?name=Ada HTTP/1.1\r\n\r\n');
  });

  it('raw parses back into fields', () => {
    const raw = 'PUT /items/7?x=1 HTTP/1.1\nHost: a.example\nContent-Length: 3\n\nabc';
    const result = rawToForm(draft({ mode: 'raw', raw }));
    if ('error' in result) throw new Error(result.error);
    expect(result.draft.method).toBe('PUT');
    expect(result.draft.target).toBe('/items/7?x=1');
    expect(result.draft.headers).toEqual([{ name: 'Host', value: 'a.example' }]);
    expect(result.draft.body).toBe('abc');
  });

  it('invalid raw returns the parse error', () => {
    const result = rawToForm(draft({ mode: 'raw', raw: 'nonsense' }));
    expect('error' in result).toBe(true);
  });

  it('label of a raw draft', () => {
    expect(draftLabel(draft({ mode: 'raw', raw: '\nDELETE /x HTTP/1.1\nHost: a\n\n' }))).toBe(
      'DELETE /x',
    );
  });

  it('internal ALB host name', () => {
    const internal = { ...alb, config: { Name: 'api', Scheme: 'internal' } };
    const first = defaultHttpDraft(ALB_HELLO_SAMPLE, internal);
    expect(first.headers[0]?.value).toBe('internal-api-123456789.us-east-1.elb.amazonaws.com');
  });
});

describe('requestUrl', () => {
  it('HTTP listener on 80 is http', () => {
    expect(requestUrl(alb, 'web-alb', '/a')).toBe('http://web-alb/a');
  });

  it('non-default port is shown', () => {
    const node = { ...alb, config: { ...alb.config, Protocol: 'HTTPS', Port: 8443 } };
    expect(requestUrl(node, 'web-alb', '/a')).toBe('https://web-alb:8443/a');
  });
});
