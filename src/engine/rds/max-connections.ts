/**
 * RDS for PostgreSQL's default `max_connections`:
 * `LEAST({DBInstanceClassMemory/9531392}, 5000)`
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections).
 */

/** Divisor of the PostgreSQL formula, in bytes per connection. */
export const POSTGRES_BYTES_PER_CONNECTION = 9_531_392;

/** Cap of the PostgreSQL formula. */
export const POSTGRES_MAX_CONNECTIONS_CAP = 5000;

const GIB = 1024 ** 3;

// Memory of the `large` size per family, in GiB: 2 vCPUs with 4 GiB each for
// t and m, 8 GiB each for r. NOTE: not checked against AWS's hardware
// table (Concepts.DBInstanceClass.Summary in the RDS User Guide).
const LARGE_GIB: Record<string, number> = {
  t3: 8,
  t4g: 8,
  m5: 8,
  m5d: 8,
  m6g: 8,
  m6gd: 8,
  m6i: 8,
  m6id: 8,
  m7g: 8,
  m7i: 8,
  r5: 16,
  r5d: 16,
  r6g: 16,
  r6gd: 16,
  r6i: 16,
  r6id: 16,
  r7g: 16,
  r7i: 16,
};

// Sizes relative to `large`; micro, small and medium exist for burstable
// (t) classes only.
const SIZE_FACTOR: Record<string, number> = {
  micro: 1 / 8,
  small: 1 / 4,
  medium: 1 / 2,
  large: 1,
  xlarge: 2,
  '2xlarge': 4,
  '4xlarge': 8,
  '8xlarge': 16,
  '12xlarge': 24,
  '16xlarge': 32,
  '24xlarge': 48,
};

/** Lists the instance classes whose memory the playground stores. */
export function knownInstanceClasses(): string[] {
  const classes: string[] = [];
  for (const family of Object.keys(LARGE_GIB)) {
    for (const size of Object.keys(SIZE_FACTOR)) {
      if (instanceClassMemoryGib(`db.${family}.${size}`) !== undefined) {
        classes.push(`db.${family}.${size}`);
      }
    }
  }

  return classes;
}

/** Returns the memory of an instance class in GiB, or undefined when unknown. */
export function instanceClassMemoryGib(instanceClass: string): number | undefined {
  const match = /^db\.([a-z0-9]+)\.([a-z0-9]+)$/.exec(instanceClass);
  if (!match) return undefined;
  const [, family = '', size = ''] = match;
  const large = LARGE_GIB[family];
  const factor = SIZE_FACTOR[size];
  if (large === undefined || factor === undefined) return undefined;
  const burstable = family.startsWith('t');
  if (!burstable && factor < 1) return undefined;
  if (burstable && factor > 4) return undefined;

  return large * factor;
}

/**
 * Default `max_connections` of an instance class, or undefined when the
 * class is unknown. NOTE: RDS's DBInstanceClassMemory is the RAM minus what
 * the OS and RDS reserve, an amount AWS does not publish. The full RAM is
 * used here because it gives the values commonly reported (db.t3.micro 112,
 * db.t3.small 225, db.t3.medium 450), but some instances report less.
 */
export function defaultMaxConnections(instanceClass: string): number | undefined {
  const gib = instanceClassMemoryGib(instanceClass);
  if (gib === undefined) return undefined;
  const byMemory = Math.floor((gib * GIB) / POSTGRES_BYTES_PER_CONNECTION);

  return Math.min(byMemory, POSTGRES_MAX_CONNECTIONS_CAP);
}
