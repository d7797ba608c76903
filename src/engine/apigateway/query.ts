import { decodeQueryComponent, splitQuery } from '../alb/query';

/** One decoded query parameter, in the order sent. */
export interface QueryParameter {
  name: string;
  value: string;
}

/**
 * Splits a raw query string and URL-decodes names and values, `+` as a
 * space and `%2B` as `+`, as API Gateway does for the query maps. A
 * malformed escape is kept as sent.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export function decodeQuery(rawQuery: string): QueryParameter[] {
  return splitQuery(rawQuery).map(({ key, value }) => ({
    name: decodeQueryComponent(key) ?? key,
    value: decodeQueryComponent(value) ?? value,
  }));
}

/** Collects parameters into a map keeping the last value of each name. */
export function lastValueMap(
  pairs: readonly { name: string; value: string }[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { name, value } of pairs) {
    map[name] = value;
  }

  return map;
}

/** Collects parameters into a map of every value in the order sent. */
export function multiValueMap(
  pairs: readonly { name: string; value: string }[],
): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const { name, value } of pairs) {
    (map[name] ??= []).push(value);
  }

  return map;
}

/** Collects parameters into a map joining repeated values with commas. */
export function commaJoinedMap(
  pairs: readonly { name: string; value: string }[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { name, value } of pairs) {
    map[name] = map[name] === undefined ? value : `${map[name]},${value}`;
  }

  return map;
}
