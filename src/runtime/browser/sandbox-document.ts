import { buildRelaySource } from './relay-source';

/** Returns the CSP of the sandbox document for a relay script hash. */
export function sandboxPolicy(relayHash: string): string {
  return [
    'default-src \'none\'',
    `script-src 'sha256-${relayHash}' blob:`,
    'worker-src data:',
    'connect-src \'none\'',
    'base-uri \'none\'',
    'form-action \'none\'',
  ].join('; ');
}

/** Returns the base64 SHA-256 of a script's text, as CSP hashes use. */
export async function scriptHash(source: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);

  return btoa(binary);
}

/** Builds the `srcdoc` of the sandbox iframe: the CSP meta and the relay. */
export async function buildSandboxDocument(): Promise<string> {
  const relay = buildRelaySource();
  const policy = sandboxPolicy(await scriptHash(relay));

  return (
    '<!doctype html><html><head>' +
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    `<script>${relay}</script>` +
    '</head><body></body></html>'
  );
}
