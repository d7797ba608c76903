import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Toast } from '../store/ui-slice';
import { StatusIcon } from '../components/StatusIcon';

const TOAST_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((state) => state.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS);

    return () => window.clearTimeout(timer);
  }, [dismiss, toast.id]);

  return (
    <div className={`toast toast-${toast.tone}`} data-testid="toast">
      <span className="toast-icon">
        <StatusIcon name={toast.tone === 'error' ? 'error' : 'info'} />
      </span>
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label="Dismiss"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/** Recent messages over the canvas; screen readers hear the live region. */
export function Toasts() {
  const toasts = useAppStore((state) => state.toasts);

  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

/** Renders a polite live region announcing the latest toast or status message. */
export function LiveRegion() {
  const announcement = useAppStore((state) => state.announcement);

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
