import { describe, expect, it } from 'vitest';
import { checkConnection } from './connections';
import { NODE_TYPES, type NodeType } from './node-types';

const SUPPORTED: [NodeType, NodeType][] = [
  ['alb', 'lambda'],
  ['apigateway', 'lambda'],
  ['sqs', 'lambda'],
  ['eventbridge', 'lambda'],
  ['lambda', 'rds'],
  ['lambda', 'rdsproxy'],
  ['rdsproxy', 'rds'],
  ['lambda', 'sqs'],
  ['lambda', 'eventbridge'],
  ['route53', 'alb'],
];

describe('checkConnection', () => {
  it.each(SUPPORTED)('accepts %s to %s', (source, target) => {
    expect(checkConnection(source, target).ok).toBe(true);
  });

  it('gives a reason for every other pair', () => {
    for (const source of NODE_TYPES) {
      for (const target of NODE_TYPES) {
        const check = checkConnection(source, target);
        const supported = SUPPORTED.some(([s, t]) => s === source && t === target);
        if (!supported) {
          expect(check.ok ? '' : check.reason, `${source} to ${target}`).toMatch(/\.$/);
        }
      }
    }
  });

  it('explains SQS to RDS', () => {
    const check = checkConnection('sqs', 'rds');
    expect(check.ok ? '' : check.reason).toContain('RDS databases connect only to Lambda');
  });

  it('names what an ALB edge creates', () => {
    const check = checkConnection('alb', 'lambda');
    expect(check.ok && check.creates).toBe('a target group and a listener rule');
  });
});
