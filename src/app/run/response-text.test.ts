import { describe, expect, it } from 'vitest';
import type { ClientResponse } from '../../engine/run/types';
import { formattedBody, payloadText, rawResponseText } from './response-text';

const JSON_RESPONSE: ClientResponse = {
  statusCode: 200,
  statusText: 'OK',
  headers: [
    ['Content-Type', 'application/json'],
    ['Content-Length', '7'],
  ],
  body: '{"a":1}',
};

describe('response text', () => {
  it('raw view keeps the body', () => {
    expect(rawResponseText(JSON_RESPONSE)).toBe(
      'HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 7\n\n{"a":1}',
    );
  });

  it('formatted body re-indents JSON', () => {
    expect(formattedBody(JSON_RESPONSE)).toBe('{\n  "a": 1\n}');
  });

  it('plain body has no formatted view', () => {
    expect(formattedBody({ ...JSON_RESPONSE, body: 'hello' })).toBeUndefined();
  });

  it('base64 body is labelled', () => {
    const text = rawResponseText({ ...JSON_RESPONSE, body: 'AAEC', bodyIsBase64: true });
    expect(text.endsWith('[binary body, base64]\nAAEC')).toBe(true);
  });

  it('string payload shows quoted', () => {
    expect(payloadText('not an object')).toBe('"not an object"');
  });

  it('missing payload is named', () => {
    expect(payloadText(undefined)).toContain('returned nothing');
  });
});
