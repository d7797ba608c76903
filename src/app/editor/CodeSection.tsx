import { useEffect, useId, useRef, useState } from 'react';
import { CodeEditorSlot } from './CodeEditorSlot';

/** Shows the code in a modal `<dialog>`, so focus and Escape work natively. */
function ExpandedEditor({
  nodeId,
  name,
  onClose,
}: {
  nodeId: string;
  name: string;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }, []);
  // Closing natively first lifts the page's inertness, so focus can return.
  const close = () => {
    ref.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="code-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="code-dialog__header">
        <h2 id={titleId}>Code of {name}</h2>
        <span className="muted">Escape closes; edits are kept.</span>
        <button type="button" onClick={close}>
          Close editor
        </button>
      </header>
      <div className="code-dialog__body">
        <CodeEditorSlot nodeId={nodeId} onEscape={close} />
      </div>
    </dialog>
  );
}

/**
 * Renders the inspector's Code section: a small editor, and a button that
 * opens the same code in a large dialog over the canvas. Only one of the two is mounted,
 * because each Monaco editor owns the function's model while it is open.
 */
export function CodeSection({ nodeId, name }: { nodeId: string; name: string }) {
  const [expanded, setExpanded] = useState(false);
  const expandButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setExpanded(false);
    expandButton.current?.focus();
  };

  return (
    <section className="inspector-section" aria-label="Code">
      <div className="code-section__header">
        <h3>Code</h3>
        <button
          ref={expandButton}
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          onClick={() => setExpanded(true)}
        >
          Expand editor
        </button>
      </div>
      {expanded ? (
        <>
          <p className="muted code-section__moved">The code is open in the expanded editor.</p>
          <ExpandedEditor nodeId={nodeId} name={name} onClose={close} />
        </>
      ) : (
        <CodeEditorSlot nodeId={nodeId} />
      )}
    </section>
  );
}
