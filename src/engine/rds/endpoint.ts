/**
 * An RDS instance endpoint has the form
 * `<identifier>.<12 characters>.<region>.rds.amazonaws.com`, as in AWS's
 * examples such as `database-1.abcdef123456.us-east-1.rds.amazonaws.com`.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Default PostgreSQL port on RDS. */
export const POSTGRES_PORT = 5432;

/** Returns the account-and-Region part of an endpoint, drawn from `random`. */
export function endpointSuffix(random: () => number): string {
  let text = '';
  for (let index = 0; index < 12; index += 1) {
    text += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'a';
  }

  return text;
}

/** Returns the endpoint host of an instance. RDS stores identifiers in lowercase. */
export function rdsEndpoint(identifier: string, suffix: string, region: string): string {
  return `${identifier.toLowerCase()}.${suffix}.${region}.rds.amazonaws.com`;
}
