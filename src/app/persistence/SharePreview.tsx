import { useReactFlow } from '@xyflow/react';
import type { Scenario } from '../../engine/model';
import { Dialog } from '../components/Dialog';
import { useSharePreview } from './share-preview-store';
import { openSharedScenario } from './start';

function countOf(scenario: Scenario, type: string): number {
  return scenario.nodes.filter((node) => node.type === type).length;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Asks whether a shared link replaces the open work, showing what it holds. */
export function SharePreview() {
  const pending = useSharePreview((state) => state.pending);
  const setPending = useSharePreview((state) => state.setPending);
  const flow = useReactFlow();

  if (!pending) {
    return null;
  }
  const keep = () => setPending(undefined);
  const open = () => {
    openSharedScenario(pending);
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.3, maxZoom: 1.2 }));
  };

  return (
    <Dialog
      open
      title="Open a shared scenario?"
      className="share-preview"
      onClose={keep}
      actions={
        <>
          <button type="button" onClick={keep}>
            Keep my work
          </button>
          <button type="button" className="primary-button" onClick={open}>
            Open shared scenario
          </button>
        </>
      }
    >
      <dl className="share-preview__facts">
        <dt>Name</dt>
        <dd>{pending.name}</dd>
        {pending.description && (
          <>
            <dt>Description</dt>
            <dd>{pending.description}</dd>
          </>
        )}
        <dt>Contents</dt>
        <dd>
          {plural(pending.nodes.length, 'node')}, {plural(pending.edges.length, 'connection')},{' '}
          {plural(countOf(pending, 'lambda'), 'function')}
        </dd>
      </dl>
      <p>
        Opening it replaces your current scenario, which is kept as a backup. Its code runs only
        when you press Send request or Send event.
      </p>
    </Dialog>
  );
}
