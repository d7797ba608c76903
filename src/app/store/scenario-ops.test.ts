import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import {
  addNode,
  connect,
  getAtPath,
  removeItems,
  renameNode,
  setAtPath,
  uniqueId,
} from './scenario-ops';

describe('scenario ops', () => {
  it('uniqueId skips taken ids', () => {
    const first = addNode(ALB_HELLO_SAMPLE, 'lambda', { x: 0, y: 0 });
    expect(first.id).toBe('lambda-1');
    expect(uniqueId(first.scenario, 'lambda')).toBe('lambda-2');
  });

  it('added lambda parses as a scenario', () => {
    const { scenario } = addNode(ALB_HELLO_SAMPLE, 'lambda', { x: 10.4, y: 3 });
    const parsed = parseScenario(scenario);
    expect(parsed.ok).toBe(true);
  });

  it('removing a node drops its edges', () => {
    const next = removeItems(ALB_HELLO_SAMPLE, ['hello'], []);
    expect(next.nodes.map((node) => node.id)).toEqual(['alb']);
    expect(next.edges).toEqual([]);
  });

  it('connect ignores a duplicate edge', () => {
    const result = connect(ALB_HELLO_SAMPLE, 'alb', 'hello');
    expect(result.id).toBeUndefined();
    expect(result.scenario).toBe(ALB_HELLO_SAMPLE);
  });

  it('connect adds an edge with empty config', () => {
    const { scenario } = addNode(ALB_HELLO_SAMPLE, 'lambda', { x: 0, y: 0 });
    const result = connect(scenario, 'alb', 'lambda-1');
    expect(result.id).toBe('alb-to-lambda-1-1');
    expect(result.scenario.edges.at(-1)?.config).toEqual({});
  });

  it('setAtPath undefined removes empty parents', () => {
    const config = { Environment: { Variables: { A: '1' } }, Timeout: 5 };
    const next = setAtPath(config, ['Environment', 'Variables'], undefined);
    expect(next).toEqual({ Timeout: 5 });
  });

  it('setAtPath creates nested objects', () => {
    const next = setAtPath({}, ['RedrivePolicy', 'maxReceiveCount'], 3);
    expect(getAtPath(next, ['RedrivePolicy', 'maxReceiveCount'])).toBe(3);
  });

  it('rename rewires edges', () => {
    const next = renameNode(ALB_HELLO_SAMPLE, 'hello', 'greeter');
    expect(next?.edges[0]?.target).toBe('greeter');
  });

  it('rename rejects a taken id', () => {
    expect(renameNode(ALB_HELLO_SAMPLE, 'hello', 'alb')).toBeUndefined();
  });
});
