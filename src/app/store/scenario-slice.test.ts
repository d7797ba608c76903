import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { useAppStore } from './index';

function reset() {
  useAppStore.getState().resetScenario(ALB_HELLO_SAMPLE);
}

describe('scenario slice', () => {
  it('removeSelection then undo restores', () => {
    reset();
    const store = useAppStore.getState();
    store.select({ nodeId: 'hello' });
    store.removeSelection();
    expect(useAppStore.getState().scenario.nodes).toHaveLength(1);
    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario).toBe(ALB_HELLO_SAMPLE);
  });

  it('field edit removes key when undefined', () => {
    reset();
    const store = useAppStore.getState();
    store.setNodeConfigField('hello', ['Timeout'], 10);
    store.setNodeConfigField('hello', ['Timeout'], undefined);
    const node = useAppStore.getState().scenario.nodes[1];
    expect(node?.config).not.toHaveProperty('Timeout');
    expect(useAppStore.getState().history.past).toHaveLength(1);
  });

  it('one drag is one undo step', () => {
    reset();
    const { moveNodes } = useAppStore.getState();
    moveNodes([{ type: 'position', id: 'alb', position: { x: 5, y: 5 }, dragging: true }]);
    moveNodes([{ type: 'position', id: 'alb', position: { x: 9, y: 9 }, dragging: true }]);
    moveNodes([{ type: 'position', id: 'alb', dragging: false }]);
    const state = useAppStore.getState();
    expect(state.scenario.nodes[0]?.position).toEqual({ x: 9, y: 9 });
    expect(state.history.past).toHaveLength(1);
    expect(state.history.past[0]).toBe(ALB_HELLO_SAMPLE);
  });

  it('undo clears a vanished selection', () => {
    reset();
    const store = useAppStore.getState();
    const id = store.addNode('sqs', { x: 0, y: 0 });
    expect(useAppStore.getState().selection).toEqual({ nodeId: id });
    useAppStore.getState().undo();
    expect(useAppStore.getState().selection).toEqual({});
  });
});

describe('scenario replacement', () => {
  it('replaceScenario clears the run history', () => {
    reset();
    useAppStore.getState().addRun({ id: 1, entryNodeId: 'alb', label: 'GET /' });
    useAppStore.getState().replaceScenario({ ...ALB_HELLO_SAMPLE, name: 'Other' });
    expect(useAppStore.getState().runs).toEqual([]);
    expect(useAppStore.getState().selectedRunId).toBeUndefined();
  });
});
