import { Dialog } from '../components/Dialog';

/** Props of a modal question with a confirm and a cancel button. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks for confirmation in a modal dialog, where Escape cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog
      open
      title={props.title}
      description={props.message}
      onClose={props.onCancel}
      actions={
        <>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary-button"
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </>
      }
    />
  );
}
