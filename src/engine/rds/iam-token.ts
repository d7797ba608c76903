import { stableHex } from '../util/random';

/**
 * IAM database authentication tokens. A token is a SigV4 presigned
 * `rds-db:connect` request, valid 15 minutes, used as the password; it is
 * checked only when a connection opens
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html).
 * NOTE: the signature is a keyed hash held by the playground, not SigV4:
 * the shape matches, and only the playground can check it.
 */

/** Lifetime of a token in seconds. */
export const IAM_TOKEN_LIFETIME_SECONDS = 900;

/** Target a token is issued for. */
export interface TokenRequest {
  hostname: string;
  port: number;
  username: string;
  region: string;
  accessKeyId: string;
}

function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function unsignedToken(request: TokenRequest, nowMs: number): string {
  const date = amzDate(nowMs);
  const scope = `${date.slice(0, 8)}/${request.region}/rds-db/aws4_request`;
  const query = [
    'Action=connect',
    `DBUser=${encodeURIComponent(request.username)}`,
    'X-Amz-Algorithm=AWS4-HMAC-SHA256',
    `X-Amz-Credential=${encodeURIComponent(`${request.accessKeyId}/${scope}`)}`,
    `X-Amz-Date=${date}`,
    `X-Amz-Expires=${IAM_TOKEN_LIFETIME_SECONDS}`,
    'X-Amz-SignedHeaders=host',
  ].join('&');

  return `${request.hostname}:${request.port}/?${query}`;
}

/** Issues a token at `nowMs`, signed with the playground's `key`. */
export function createAuthToken(request: TokenRequest, nowMs: number, key: string): string {
  const unsigned = unsignedToken(request, nowMs);

  return `${unsigned}&X-Amz-Signature=${stableHex(`${key}\n${unsigned}`, 64)}`;
}

/** Reason a token was rejected, or `ok`. */
export type TokenCheck =
  | { ok: true }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'wrong-target' };

function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];

  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
}

/** Checks a token presented as the password of a new connection. */
export function checkAuthToken(
  token: string,
  expected: { hostname: string; port: number; username: string },
  nowMs: number,
  key: string,
): TokenCheck {
  const signatureAt = token.lastIndexOf('&X-Amz-Signature=');
  const queryAt = token.indexOf('/?');
  if (signatureAt < 0 || queryAt < 0) return { ok: false, reason: 'malformed' };
  const unsigned = token.slice(0, signatureAt);
  const signature = token.slice(signatureAt + '&X-Amz-Signature='.length);
  if (signature !== stableHex(`${key}\n${unsigned}`, 64)) {
    return { ok: false, reason: 'signature' };
  }
  const params = new URLSearchParams(unsigned.slice(queryAt + 2));
  const target = unsigned.slice(0, queryAt);
  if (
    target !== `${expected.hostname}:${expected.port}` ||
    params.get('DBUser') !== expected.username
  ) {
    return { ok: false, reason: 'wrong-target' };
  }
  const issued = parseAmzDate(params.get('X-Amz-Date') ?? '');
  const lifetime = Number(params.get('X-Amz-Expires'));
  if (issued === undefined || !Number.isFinite(lifetime)) {
    return { ok: false, reason: 'malformed' };
  }

  return nowMs <= issued + lifetime * 1000 ? { ok: true } : { ok: false, reason: 'expired' };
}
