import { useEffect, useState } from 'react';
import { copyText, SHARE_LINK_WARN_LENGTH } from './share-link';

/** The share link with its length, a Copy button and a long-link warning. */
export function SharePanel({ link, onClose }: { link: string; onClose(): void }) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void copyText(link).then((ok) => {
      if (!cancelled) {
        setCopied(ok);
      }
    });

    return () => {
      cancelled = true;
    };
  }, [link]);

  const length = link.length.toLocaleString('en-US');

  return (
    <div className="share-panel" role="region" aria-label="Share">
      <label className="field-label" htmlFor="share-link-input">
        Share link
      </label>
      <div className="share-row">
        <input
          id="share-link-input"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void copyText(link).then(setCopied)}>
          Copy
        </button>
        <button type="button" aria-label="Close share panel" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted" role="status">
        {copied === true && `Copied to the clipboard. `}
        {copied === false && 'The browser did not allow copying; select the link and copy it. '}
        The link is {length} characters long and holds the whole scenario,
        code included.
      </p>
      {link.length > SHARE_LINK_WARN_LENGTH && (
        <p className="warning">
          <span aria-hidden="true">⚠ </span>
          Links over {SHARE_LINK_WARN_LENGTH.toLocaleString('en-US')} characters
          may be cut off by chat and mail tools; export the scenario file instead
          if the link does not open.
        </p>
      )}
    </div>
  );
}
