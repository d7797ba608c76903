import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { COALESCE_MS, EMPTY_HISTORY, record, redo, undo } from './history';

function named(name: string): Scenario {
  return { ...ALB_HELLO_SAMPLE, name };
}

describe('history', () => {
  it('undo returns the previous scenario', () => {
    const history = record(EMPTY_HISTORY, named('a'), undefined, 0);
    const step = undo(history, named('b'));
    expect(step?.scenario.name).toBe('a');
    expect(step?.history.future.map((s) => s.name)).toEqual(['b']);
  });

  it('redo after undo restores', () => {
    const history = record(EMPTY_HISTORY, named('a'), undefined, 0);
    const back = undo(history, named('b'));
    const forward = back && redo(back.history, back.scenario);
    expect(forward?.scenario.name).toBe('b');
  });

  it('typing burst on one field coalesces', () => {
    let history = record(EMPTY_HISTORY, named('a'), 'node:x:Timeout', 0);
    history = record(history, named('b'), 'node:x:Timeout', COALESCE_MS - 1);
    expect(history.past.map((s) => s.name)).toEqual(['a']);
  });

  it('pause after typing starts a step', () => {
    let history = record(EMPTY_HISTORY, named('a'), 'node:x:Timeout', 0);
    history = record(history, named('b'), 'node:x:Timeout', COALESCE_MS + 1);
    expect(history.past).toHaveLength(2);
  });

  it('other field starts a step', () => {
    let history = record(EMPTY_HISTORY, named('a'), 'node:x:Timeout', 0);
    history = record(history, named('b'), 'node:x:MemorySize', 10);
    expect(history.past).toHaveLength(2);
  });

  it('new edit clears redo stack', () => {
    const history = record(EMPTY_HISTORY, named('a'), undefined, 0);
    const back = undo(history, named('b'));
    const after = back && record(back.history, back.scenario, undefined, 1);
    expect(after?.future).toEqual([]);
  });

  it('undo on empty history is undefined', () => {
    expect(undo(EMPTY_HISTORY, named('a'))).toBeUndefined();
  });
});
