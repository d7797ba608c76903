import { describe, expect, it } from 'vitest';
import type { AsyncDelivery } from '../engine/lambda/async/deliveries';
import type { RunResult } from '../engine/run/types';
import { groupHeaders, printedRunResult } from './run-output';
import { formatDiagnostic } from './commands/validate';

describe('groupHeaders', () => {
  it('keeps a single header a string', () => {
    expect(groupHeaders([['Content-Type', 'text/plain']])).toEqual({
      'Content-Type': 'text/plain',
    });
  });

  it('turns a repeated header into an array', () => {
    const headers = groupHeaders([
      ['Set-Cookie', 'a=1'],
      ['Content-Type', 'text/plain'],
      ['set-cookie', 'b=2'],
    ]);
    expect(headers['Set-Cookie']).toEqual(['a=1', 'b=2']);
  });

  it('groups names case-insensitively', () => {
    const headers = groupHeaders([
      ['X-Tag', 'one'],
      ['x-tag', 'two'],
    ]);
    expect(Object.keys(headers)).toEqual(['X-Tag']);
  });
});

describe('formatDiagnostic', () => {
  it('names the edge and the fix', () => {
    const line = formatDiagnostic({
      severity: 'error',
      code: 'alb/missing-invoke-permission',
      edgeId: 'alb-hello',
      field: 'invokePermission',
      message: 'No permission.',
      fix: 'Turn it on.',
    });
    expect(line).toBe(
      'error  alb/missing-invoke-permission  edge alb-hello: No permission. (fix: Turn it on.)',
    );
  });

  it('names the node without a fix', () => {
    const line = formatDiagnostic({
      severity: 'warning',
      code: 'lambda/timeout',
      nodeId: 'hello',
      message: 'Slow.',
    });
    expect(line).toBe('warning  lambda/timeout  node hello: Slow.');
  });

  it('falls back to the scenario', () => {
    const line = formatDiagnostic({ severity: 'info', code: 'x/y', message: 'Note.' });
    expect(line).toBe('info  x/y  scenario: Note.');
  });

  it('keeps a message on one line', () => {
    const line = formatDiagnostic({ severity: 'info', code: 'x/y', message: 'A\n  B' });
    expect(line).toBe('info  x/y  scenario: A B');
  });
});

describe('printedRunResult', () => {
  const result: RunResult = {
    entryNodeId: 'fn',
    response: { statusCode: 202, statusText: 'Accepted', headers: [], body: '' },
    invocations: [],
    trace: [],
  };

  it('prints deliveries when present', () => {
    const delivery: AsyncDelivery = {
      kind: 'dead-letter',
      target: { ref: 'dlq', kind: 'sqs', arn: 'arn:aws:sqs:us-east-1:123456789012:dlq', nodeId: 'dlq' },
      atMs: 0,
      message: { body: '{}', messageAttributes: {} },
    };

    expect(printedRunResult({ ...result, deliveries: [delivery] }).deliveries).toEqual([delivery]);
  });

  it('leaves deliveries out when absent', () => {
    expect('deliveries' in printedRunResult(result)).toBe(false);
  });
});
