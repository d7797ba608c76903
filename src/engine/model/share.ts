import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseScenario, type ScenarioError } from './parse';
import { err, ok, type Result } from './result';
import type { Scenario } from './scenario';

/** The fragment key of a share link: `#scenario=1.<payload>`. */
export const SHARE_KEY = 'scenario';
/** The share-link format this build writes; older formats stay readable. */
export const SHARE_FORMAT = 1;
/** App URL used when no base URL is given. */
export const DEFAULT_APP_URL = 'http://localhost:5173/';

/** Reason a share link could not be opened. */
export interface ShareLinkError {
  kind: 'not-a-link' | 'format-too-new' | 'damaged' | ScenarioError['kind'];
  message: string;
  path?: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }

  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }

  return bytes;
}

/** Encodes a scenario as the fragment of a share link, without the `#`. */
export function encodeShareFragment(scenario: Scenario): string {
  const compressed = deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 });

  return `${SHARE_KEY}=${SHARE_FORMAT}.${toBase64Url(compressed)}`;
}

/** Builds a share link for a scenario on the given app URL. */
export function encodeShareUrl(scenario: Scenario, appUrl = DEFAULT_APP_URL): string {
  const base = appUrl.split('#')[0] ?? appUrl;

  return `${base}#${encodeShareFragment(scenario)}`;
}

/** Tells whether a URL or fragment carries a shared scenario. */
export function hasSharedScenario(urlOrFragment: string): boolean {
  return extractPayload(urlOrFragment) !== undefined;
}

function extractPayload(urlOrFragment: string): string | undefined {
  const hashIndex = urlOrFragment.indexOf('#');
  const fragment = hashIndex >= 0 ? urlOrFragment.slice(hashIndex + 1) : urlOrFragment;
  const prefix = `${SHARE_KEY}=`;
  const entry = fragment.split('&').find((part) => part.startsWith(prefix));

  return entry?.slice(prefix.length);
}

/** Decodes a share link (a whole URL or its fragment) into a scenario. */
export function decodeShareUrl(urlOrFragment: string): Result<Scenario, ShareLinkError> {
  const payload = extractPayload(urlOrFragment.trim());
  if (payload === undefined) {
    return err({
      kind: 'not-a-link',
      message: `This is not a Lambda Playground share link: expected "#${SHARE_KEY}=" in the URL.`,
    });
  }
  const dot = payload.indexOf('.');
  const format = Number(payload.slice(0, dot));
  if (dot < 1 || !Number.isInteger(format)) {
    return err({
      kind: 'damaged',
      message: 'The share link is damaged: its format number is missing. Ask for the link again.',
    });
  }
  if (format > SHARE_FORMAT) {
    return err({
      kind: 'format-too-new',
      message: `The share link uses format ${format}, newer than this app reads (${SHARE_FORMAT}); open it in a newer Lambda Playground.`,
    });
  }

  let json: string;
  try {
    json = strFromU8(inflateSync(fromBase64Url(payload.slice(dot + 1))));
  } catch {
    return err({
      kind: 'damaged',
      message: 'The share link is damaged and cannot be decompressed; it may have been cut off when copied. Ask for the link again.',
    });
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    return err({ ...parsed.error, message: `The share link contains an invalid scenario. ${parsed.error.message}` });
  }

  return ok(parsed.value);
}
