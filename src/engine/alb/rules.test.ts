import { describe, expect, it } from 'vitest';
import { parseRawHttpRequest } from '../http/parse-request';
import type { HttpRequest } from '../http/request';
import type { RuleCondition } from '../model/configs/alb';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { matchCondition, routeRequest } from './rules';
import { ipInCidr } from './source-ip';
import { albTargetGroups, resolveAlb } from './target-groups';
import { matchesWildcard } from './wildcard';

function parse(raw: string): HttpRequest {
  const result = parseRawHttpRequest(raw);
  if (!result.ok) {
    throw new Error(result.error);
  }

  return result.value;
}

const get = (target: string, headers: string[] = []) =>
  parse([`GET ${target} HTTP/1.1`, 'Host: Shop.Example.com:8443', ...headers, '', ''].join('\r\n'));

const matches = (condition: RuleCondition, request: HttpRequest, sourceIp = '203.0.113.10') =>
  matchCondition(condition, { request, sourceIp });

describe('matchesWildcard', () => {
  it('matches star and question mark', () => {
    expect(matchesWildcard('/img/*/p?cs', '/img/a/b/pics')).toBe(true);
  });

  it('requires question mark character', () => {
    expect(matchesWildcard('/a?', '/a')).toBe(false);
  });

  it('escapes with backslash', () => {
    expect(matchesWildcard('a\\*', 'a*', { escapes: true })).toBe(true);
    expect(matchesWildcard('a\\*', 'ab', { escapes: true })).toBe(false);
  });

  it('treats regex characters literally', () => {
    expect(matchesWildcard('/a.b', '/axb')).toBe(false);
  });
});

describe('matchCondition', () => {
  it('path pattern is case-sensitive', () => {
    const condition: RuleCondition = { Field: 'path-pattern', PathPatternConfig: { Values: ['/API/*'] } };

    expect(matches(condition, get('/API/items'))).toBe(true);
    expect(matches(condition, get('/api/items'))).toBe(false);
  });

  it('path pattern ignores query', () => {
    const condition: RuleCondition = { Field: 'path-pattern', PathPatternConfig: { Values: ['/a'] } };

    expect(matches(condition, get('/a?x=1'))).toBe(true);
  });

  it('path pattern accepts legacy Values', () => {
    expect(matches({ Field: 'path-pattern', Values: ['/legacy*'] }, get('/legacy/x'))).toBe(true);
  });

  it('host header is case-insensitive', () => {
    const condition: RuleCondition = { Field: 'host-header', HostHeaderConfig: { Values: ['*.example.COM'] } };

    expect(matches(condition, get('/'))).toBe(true);
  });

  it('host header rejects other host', () => {
    const condition: RuleCondition = { Field: 'host-header', HostHeaderConfig: { Values: ['api.example.com'] } };

    expect(matches(condition, get('/'))).toBe(false);
  });

  it('method is case-sensitive', () => {
    expect(matches({ Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['GET'] } }, get('/'))).toBe(true);
    expect(matches({ Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['get'] } }, get('/'))).toBe(false);
  });

  it('http header matches any repeated value', () => {
    const condition: RuleCondition = {
      Field: 'http-header',
      HttpHeaderConfig: { HttpHeaderName: 'x-version', Values: ['V2*'] },
    };

    expect(matches(condition, get('/', ['X-Version: v1', 'X-Version: v2.1']))).toBe(true);
    expect(matches(condition, get('/', ['X-Version: v1']))).toBe(false);
  });

  it('query string matches key and value', () => {
    const condition: RuleCondition = {
      Field: 'query-string',
      QueryStringConfig: { Values: [{ Key: 'version', Value: 'v*' }] },
    };

    expect(matches(condition, get('/?version=V1'))).toBe(true);
    expect(matches(condition, get('/?other=v1'))).toBe(false);
  });

  it('query string matches value without key', () => {
    const condition: RuleCondition = { Field: 'query-string', QueryStringConfig: { Values: [{ Value: 'blue' }] } };

    expect(matches(condition, get('/?color=blue'))).toBe(true);
  });

  it('query string compares decoded text', () => {
    const condition: RuleCondition = { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'q', Value: 'a b' }] } };

    expect(matches(condition, get('/?q=a%20b'))).toBe(true);
  });

  it('source ip matches CIDR', () => {
    const condition: RuleCondition = { Field: 'source-ip', SourceIpConfig: { Values: ['203.0.113.0/24'] } };

    expect(matches(condition, get('/'), '203.0.113.77')).toBe(true);
    expect(matches(condition, get('/'), '198.51.100.1')).toBe(false);
  });

  it('source ip matches IPv6 CIDR', () => {
    expect(ipInCidr('2001:db8::1', '2001:db8::/32')).toBe(true);
    expect(ipInCidr('2001:db9::1', '2001:db8::/32')).toBe(false);
  });
});

function scenario(edges: { id: string; target: string; config: Record<string, unknown> }[]): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'alb', type: 'alb' },
      { id: 'api', type: 'lambda' },
      { id: 'web', type: 'lambda' },
      { id: 'admin', type: 'lambda' },
    ],
    edges: edges.map((edge) => ({ ...edge, source: 'alb' })),
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

function route(value: Scenario, request: HttpRequest): string {
  const alb = resolveAlb(value, 'alb');
  if (!alb) {
    throw new Error('no alb');
  }
  const decision = routeRequest(albTargetGroups(value, alb), { request, sourceIp: '203.0.113.10' });

  return decision.kind === 'forward' ? `${decision.targetGroup.edge.id}@${decision.priority}` : 'fixed';
}

describe('routeRequest', () => {
  const rules = scenario([
    { id: 'to-web', target: 'web', config: {} },
    { id: 'to-admin', target: 'admin', config: { Priority: 20, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/admin/*'] } }] } },
    { id: 'to-api', target: 'api', config: { Priority: 10, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }] } },
  ]);

  it('uses lowest matching priority first', () => {
    expect(route(rules, get('/api/admin/x'))).toBe('to-api@10');
  });

  it('falls back to default action', () => {
    expect(route(rules, get('/index.html'))).toBe('to-web@default');
  });

  it('answers fixed response without default', () => {
    const noDefault = scenario([
      { id: 'to-api', target: 'api', config: { Priority: 10, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }] } },
    ]);

    expect(route(noDefault, get('/other'))).toBe('fixed');
  });

  it('requires every condition of a rule', () => {
    const both = scenario([
      {
        id: 'to-api',
        target: 'api',
        config: {
          Priority: 5,
          Conditions: [
            { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } },
            { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST'] } },
          ],
        },
      },
    ]);

    expect(route(both, get('/api/x'))).toBe('fixed');
  });
});
