import { headerValues, type HttpRequest } from '../http/request';
import type { RuleCondition } from '../model/configs/alb';
import { decodeQueryComponent, splitQuery } from './query';
import { ipInCidr } from './source-ip';
import type { AlbTargetGroup } from './target-groups';
import { matchesWildcard } from './wildcard';

// Matching rules for each condition type:
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html

/** Decision of the listener for a request. */
export type RouteDecision =
  | {
      kind: 'forward';
      targetGroup: AlbTargetGroup;
      /** The matched rule's priority, or `default` for the default action. */
      priority: number | 'default';
    }
  | { kind: 'fixed-response' };

/** The parts of a request that listener rules look at. */
export interface RuleInput {
  request: HttpRequest;
  sourceIp: string;
}

function values(condition: RuleCondition, config?: { Values: string[] }): string[] {
  return config?.Values ?? condition.Values ?? [];
}

/** Host name without a port; host conditions compare the name only. */
function hostName(host: string | undefined): string {
  if (host === undefined) {
    return '';
  }
  if (host.startsWith('[')) {
    return host.slice(0, host.indexOf(']') + 1);
  }

  return host.replace(/:\d*$/, '');
}

function matchQuery(condition: RuleCondition, request: HttpRequest): boolean {
  // NOTE: AWS documents that any query character may be percent-encoded but not how
  // rules compare encoded text; keys and values are decoded before matching.
  const pairs = splitQuery(request.rawQuery).map(({ key, value }) => ({
    key: decodeQueryComponent(key) ?? key,
    value: decodeQueryComponent(value) ?? value,
  }));
  const wanted = condition.QueryStringConfig?.Values ?? [];

  return wanted.some((pattern) =>
    pairs.some(
      (pair) =>
        (pattern.Key === undefined ||
          matchesWildcard(pattern.Key, pair.key, { caseInsensitive: true, escapes: true })) &&
        matchesWildcard(pattern.Value, pair.value, { caseInsensitive: true, escapes: true }),
    ),
  );
}

/** Tells whether one condition matches a request. */
export function matchCondition(condition: RuleCondition, input: RuleInput): boolean {
  const { request } = input;
  switch (condition.Field) {
    case 'path-pattern':
      // Case-sensitive, compared with the path only, not the query string.
      return values(condition, condition.PathPatternConfig).some((pattern) =>
        matchesWildcard(pattern, request.path),
      );
    case 'host-header':
      return values(condition, condition.HostHeaderConfig).some((pattern) =>
        matchesWildcard(pattern, hostName(request.host), { caseInsensitive: true }),
      );
    case 'http-request-method':
      // Case-sensitive exact match; wildcards are not supported.
      return values(condition, condition.HttpRequestMethodConfig).includes(request.method);
    case 'http-header': {
      const config = condition.HttpHeaderConfig;
      if (!config) {
        return false;
      }
      // A repeated header is searched value by value until one matches.
      return headerValues(request, config.HttpHeaderName).some((value) =>
        config.Values.some((pattern) =>
          matchesWildcard(pattern, value, { caseInsensitive: true }),
        ),
      );
    }
    case 'query-string':
      return matchQuery(condition, request);
    case 'source-ip':
      return values(condition, condition.SourceIpConfig).some((cidr) =>
        ipInCidr(input.sourceIp, cidr),
      );
  }
}

/** Tells whether every condition of a rule matches. */
export function matchRule(conditions: RuleCondition[], input: RuleInput): boolean {
  return conditions.every((condition) => matchCondition(condition, input));
}

/**
 * Evaluates the listener's rules in priority order (lowest first) and
 * returns the first match; otherwise the default action: the target group
 * without a priority, or the listener's fixed response.
 */
export function routeRequest(
  targetGroups: AlbTargetGroup[],
  input: RuleInput,
): RouteDecision {
  const rules = targetGroups
    .filter((group) => group.config.Priority !== undefined)
    .sort((left, right) => (left.config.Priority ?? 0) - (right.config.Priority ?? 0));
  for (const group of rules) {
    if (matchRule(group.config.Conditions, input)) {
      return { kind: 'forward', targetGroup: group, priority: group.config.Priority ?? 0 };
    }
  }
  const fallback = targetGroups.find((group) => group.config.Priority === undefined);
  if (fallback) {
    return { kind: 'forward', targetGroup: fallback, priority: 'default' };
  }

  return { kind: 'fixed-response' };
}
