import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import { downloadScenario } from './scenario-file';
import { copyText, SHARE_LINK_MAX_LENGTH, SHARE_LINK_WARN_LENGTH } from './share-link';
import { StatusIcon } from '../components/StatusIcon';

/** Offers the scenario as a file when its link is too long to travel safely. */
function TooLongForLink({ length, onClose }: { length: number; onClose(): void }) {
  return (
    <div className="share-panel" role="region" aria-label="Share">
      <p className="warning">
        <StatusIcon name="warning" /> This scenario needs a link of {length.toLocaleString('en-US')}{' '}
        characters. Browsers, servers and chat tools are only required to keep links up to{' '}
        {SHARE_LINK_MAX_LENGTH.toLocaleString('en-US')} characters, so share it as a file instead;
        the recipient opens it with Import.
      </p>
      <div className="share-row">
        <button
          type="button"
          className="primary-button"
          onClick={() => downloadScenario(useAppStore.getState().scenario)}
        >
          Download scenario file
        </button>
        <button type="button" aria-label="Close share panel" onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}

/**
 * Shows the share link with its length, a Copy button and a long-link
 * warning, or offers a file download when the link would be too long.
 */
export function SharePanel({ link, onClose }: { link: string; onClose(): void }) {
  if (link.length > SHARE_LINK_MAX_LENGTH) {
    return <TooLongForLink length={link.length} onClose={onClose} />;
  }

  return <ShareLinkPanel link={link} onClose={onClose} />;
}

function ShareLinkPanel({ link, onClose }: { link: string; onClose(): void }) {
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
          <StatusIcon name="warning" /> Links over {SHARE_LINK_WARN_LENGTH.toLocaleString('en-US')} characters
          may be cut off by chat and mail tools; export the scenario file instead
          if the link does not open.
        </p>
      )}
    </div>
  );
}
