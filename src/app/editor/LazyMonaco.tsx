import type { ReactNode } from 'react';
import { LazyPart } from '../components/LazyPart';

/** Props of a lazily loaded Monaco editor with a plain-text stand-in. */
export interface LazyMonacoProps {
  /** Name of the editor in the load-failure notice, such as 'code editor'. */
  editorName: string;
  /** Plain editor shown while Monaco loads, and in its place if it fails. */
  fallback: ReactNode;
  /** The editor component from `React.lazy`. */
  children: ReactNode;
}

/**
 * Renders a lazily loaded Monaco editor, showing `fallback` while it loads
 * and, with a notice, for good if loading fails.
 */
export function LazyMonaco(props: LazyMonacoProps) {
  return (
    <LazyPart
      name={props.editorName}
      fallback={props.fallback}
      renderFailure={(message) => (
        <>
          <p role="status">
            The {props.editorName} could not load ({message}); editing as plain
            text.
          </p>
          {props.fallback}
        </>
      )}
    >
      {props.children}
    </LazyPart>
  );
}
