import { describe, expect, it } from 'vitest';
import { edgeFields, nodeFields } from './fields';

function field(fields: ReturnType<typeof nodeFields>, path: string) {
  return fields.find((candidate) => candidate.path.join('.') === path);
}

describe('nodeFields', () => {
  const lambda = nodeFields('lambda');

  it('gives the timeout default', () => {
    expect(field(lambda, 'Timeout')?.default).toBe(3);
  });

  it('gives the timeout range', () => {
    expect([field(lambda, 'Timeout')?.minimum, field(lambda, 'Timeout')?.maximum]).toEqual([1, 900]);
  });

  it('gives the timeout unit', () => {
    expect(field(lambda, 'Timeout')?.unit).toBe('s');
  });

  it('leaves an unbounded maximum empty', () => {
    expect(field(lambda, 'ReservedConcurrentExecutions')?.maximum).toBeUndefined();
  });

  it('edits environment variables as a map', () => {
    expect(field(lambda, 'Environment.Variables')?.kind).toBe('string-map');
  });

  it('edits code with the code editor', () => {
    expect(field(lambda, 'code')?.kind).toBe('code');
  });

  it('lists runtime options', () => {
    expect(field(lambda, 'Runtime')?.options).toContain('nodejs22.x');
  });

  it('explains every node field', () => {
    for (const type of ['alb', 'apigateway', 'sqs', 'eventbridge', 'rds', 'lambda'] as const) {
      for (const descriptor of nodeFields(type)) {
        expect(descriptor.description, `${type}.${descriptor.path.join('.')}`).toBeTruthy();
      }
    }
  });
});

describe('edgeFields', () => {
  const target = edgeFields('alb-target');

  it('flattens the matcher', () => {
    expect(field(target, 'Matcher.HttpCode')?.default).toBe('200');
  });

  it('gives the health check interval range', () => {
    const interval = field(target, 'HealthCheckIntervalSeconds');
    expect([interval?.minimum, interval?.maximum, interval?.default]).toEqual([5, 300, 35]);
  });

  it('turns health checks off by default', () => {
    expect(field(target, 'HealthCheckEnabled')?.default).toBe(false);
  });
});
