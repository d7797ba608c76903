import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/** Props of a modal dialog with a title, content and optional buttons. */
export interface DialogProps {
  /** True while the dialog is shown. A closed dialog renders nothing. */
  open: boolean;
  /** Heading, which is also the dialog's accessible name. */
  title: string;
  /** Text under the heading, which is also the accessible description. */
  description?: ReactNode;
  /** Called on Escape and the close button. The owner sets `open` false. */
  onClose(): void;
  children?: ReactNode;
  /** Buttons at the bottom, such as Cancel and a confirm button. */
  actions?: ReactNode;
  /** Accessible name of a close button beside the heading; none without it. */
  closeLabel?: string;
  /** Visible text of that close button when it differs from its name. */
  closeText?: string;
  /** Extra class beside `dialog`, for size and layout. */
  className?: string;
}

/** Renders an open modal `<dialog>`, so the browser traps focus. */
function OpenDialog(props: DialogProps) {
  const { onClose, closeLabel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // A layout cleanup runs before React removes the element, so the native
  // close lifts the page's inertness and returns focus to where it was.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }

    return () => dialog?.close();
  }, []);

  const className = props.className ? `dialog ${props.className}` : 'dialog';
  const hasDescription = props.description !== undefined;

  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      aria-describedby={hasDescription ? descriptionId : undefined}
      onCancel={(event) => {
        // The owner decides when the dialog goes, by unmounting it.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id={titleId}>{props.title}</h2>
        {closeLabel !== undefined && (
          <button
            type="button"
            aria-label={props.closeText === undefined ? undefined : closeLabel}
            onClick={onClose}
          >
            {props.closeText ?? closeLabel}
          </button>
        )}
      </div>
      {hasDescription && <p id={descriptionId}>{props.description}</p>}
      {props.children}
      {props.actions !== undefined && (
        <div className="dialog-actions">{props.actions}</div>
      )}
    </dialog>
  );
}

/**
 * Shows a modal `<dialog>` while `open` is true. Escape calls `onClose`, and
 * focus returns to the element that had it when the dialog opened.
 */
export function Dialog(props: DialogProps) {
  return props.open ? <OpenDialog {...props} /> : null;
}
