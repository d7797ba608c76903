import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Scenario } from '../../engine/model';
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
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (pending && dialog && !dialog.open) {
      dialog.showModal();
    }
  }, [pending]);

  if (!pending) {
    return null;
  }
  const keep = () => setPending(undefined);
  const open = () => {
    openSharedScenario(pending);
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.3, maxZoom: 1.2 }));
  };

  return (
    <dialog
      ref={ref}
      className="dialog share-preview"
      aria-labelledby="share-preview-title"
      onCancel={(event) => {
        event.preventDefault();
        keep();
      }}
    >
      <h2 id="share-preview-title">Open a shared scenario?</h2>
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
      <div className="dialog-actions">
        <button type="button" onClick={keep}>
          Keep my work
        </button>
        <button type="button" className="primary-button" onClick={open}>
          Open shared scenario
        </button>
      </div>
    </dialog>
  );
}
