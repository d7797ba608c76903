import { useState } from 'react';

interface CodeBlockProps {
  /** Names the content, for the copy button's label, for example `event`. */
  label: string;
  text: string;
}

/** Monospace text with a button that copies it. */
export function CodeBlock({ label, text }: CodeBlockProps) {
  const [copied, setCopied] = useState(false);

  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };

  return (
    <div className="run-code">
      <button
        type="button"
        className="run-code__copy"
        onClick={copy}
        aria-label={`Copy ${label}`}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <pre aria-label={label} tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
