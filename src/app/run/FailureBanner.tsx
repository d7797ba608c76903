import { useState } from 'react';
import { useAppStore } from '../store';
import { StatusIcon } from '../components/StatusIcon';

/** Shows an inline, dismissible banner for a crashed engine worker or a reset sandbox. */
export function FailureBanner() {
  const failure = useAppStore((state) => state.failure);
  const dismissFailure = useAppStore((state) => state.dismissFailure);
  const [copied, setCopied] = useState(false);
  if (!failure) {
    return null;
  }
  const copy = () => {
    void navigator.clipboard?.writeText(failure.details).then(() => setCopied(true));
  };

  return (
    <div className="run-banner" role="alert">
      <StatusIcon name="warning" />
      <span className="run-banner__text">{failure.message}</span>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy details'}
      </button>
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => {
          setCopied(false);
          dismissFailure();
        }}
      >
        <StatusIcon name="cross" />
      </button>
    </div>
  );
}
