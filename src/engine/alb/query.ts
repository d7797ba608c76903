/** One `key=value` pair of a raw query string, as the client encoded it. */
export interface QueryPair {
  key: string;
  value: string;
}

/**
 * Splits a raw query string into pairs without decoding them: the load
 * balancer passes `%3D` and `+` through unchanged and the function decodes.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export function splitQuery(rawQuery: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') {
      continue;
    }
    const equals = part.indexOf('=');
    pairs.push(
      equals === -1
        ? { key: part, value: '' }
        : { key: part.slice(0, equals), value: part.slice(equals + 1) },
    );
  }

  return pairs;
}

/** Percent-decodes one query component (`+` as space); undefined when malformed. */
export function decodeQueryComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
