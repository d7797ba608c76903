import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildRelaySource } from './relay-source';
import { buildSandboxDocument, scriptHash } from './sandbox-document';

describe('sandbox document', () => {
  it('relay hash matches its text', async () => {
    const relay = buildRelaySource();
    const expected = createHash('sha256').update(relay).digest('base64');
    expect(await scriptHash(relay)).toBe(expected);
  });

  it('CSP allows only the relay', async () => {
    const html = await buildSandboxDocument();
    const hash = createHash('sha256').update(buildRelaySource()).digest('base64');
    expect(html).toContain(
      `default-src 'none'; script-src 'sha256-${hash}' blob:; worker-src data:; ` +
        "connect-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('relay text has no closing script tag', () => {
    expect(buildRelaySource()).not.toMatch(/<\/script/i);
  });
});
