import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { decodeShareUrl, encodeShareUrl, hasSharedScenario } from './share';

describe('share links', () => {
  it('round-trips the ALB sample', () => {
    const decoded = decodeShareUrl(encodeShareUrl(ALB_HELLO_SAMPLE));
    expect(decoded.ok && decoded.value).toEqual(ALB_HELLO_SAMPLE);
  });

  it('puts the scenario in the fragment', () => {
    const url = encodeShareUrl(ALB_HELLO_SAMPLE, 'https://example.com/app/');
    expect(url.startsWith('https://example.com/app/#scenario=1.')).toBe(true);
  });

  it('keeps the sample link under 2,000 characters', () => {
    expect(encodeShareUrl(ALB_HELLO_SAMPLE).length).toBeLessThan(2000);
  });

  it('uses only URL-safe characters', () => {
    const fragment = encodeShareUrl(ALB_HELLO_SAMPLE).split('#')[1] ?? '';
    expect(fragment).toMatch(/^scenario=1\.[A-Za-z0-9_-]+$/);
  });

  it('detects a shared scenario', () => {
    expect(hasSharedScenario('https://x.test/#scenario=1.abc')).toBe(true);
  });

  it('ignores other fragments', () => {
    expect(hasSharedScenario('https://x.test/#section-2')).toBe(false);
  });

  it('rejects a URL without a scenario', () => {
    const decoded = decodeShareUrl('https://x.test/');
    expect(!decoded.ok && decoded.error.kind).toBe('not-a-link');
  });

  it('rejects a cut-off link', () => {
    const url = encodeShareUrl(ALB_HELLO_SAMPLE);
    const decoded = decodeShareUrl(url.slice(0, url.length - 40));
    expect(!decoded.ok && decoded.error.kind).toBe('damaged');
  });

  it('rejects a newer link format', () => {
    const decoded = decodeShareUrl('#scenario=7.abcd');
    expect(!decoded.ok && decoded.error.kind).toBe('format-too-new');
  });

  it('rejects a missing format number', () => {
    const decoded = decodeShareUrl('#scenario=abcd');
    expect(!decoded.ok && decoded.error.kind).toBe('damaged');
  });
});
