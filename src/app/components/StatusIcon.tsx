import type { ReactNode } from 'react';

/** Names of the small outcome icons used next to status text. */
export type StatusIconName =
  | 'error'
  | 'info'
  | 'warning'
  | 'ok'
  | 'cross'
  | 'redirect'
  | 'cold'
  | 'warm';

// Drawn on a 16×16 grid in currentColor, so the icon takes the text colour.
const SHAPES: Record<StatusIconName, ReactNode> = {
  error: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="3.5" y="6.75" width="9" height="2.5" rx="0.5" fill="Canvas" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
      <circle cx="8" cy="4.75" r="1" fill="currentColor" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <rect x="7.25" y="5.5" width="1.5" height="4.5" fill="currentColor" />
      <circle cx="8" cy="11.75" r="0.9" fill="currentColor" />
    </>
  ),
  ok: <path d="M2.5 8.5 6.5 12.5 13.5 4" fill="none" stroke="currentColor" strokeWidth="2" />,
  cross: <path d="M3.5 3.5l9 9m0-9-9 9" fill="none" stroke="currentColor" strokeWidth="2" />,
  redirect: (
    <path
      d="M2.5 4v4.5a3 3 0 0 0 3 3h8m-3-3 3 3-3 3"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    />
  ),
  cold: (
    <path
      d="M8 1.5v13M2.4 4.75l11.2 6.5m0-6.5L2.4 11.25M6 2.75l2 1.5 2-1.5m-4 10.5 2-1.5 2 1.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    />
  ),
  warm: (
    <path
      d="M4 14.5c-1.5-2 1.5-3.5 0-5.5M8 14.5c-1.5-2 1.5-3.5 0-5.5M12 14.5c-1.5-2 1.5-3.5 0-5.5M2 7.5h12"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    />
  ),
};

/**
 * Draws a decorative inline SVG icon; the text beside it carries the meaning.
 * Emoji characters such as ⛔ render as empty boxes without an emoji font.
 */
export function StatusIcon({ name }: { name: StatusIconName }) {
  return (
    <svg
      className={`status-icon status-icon--${name}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
