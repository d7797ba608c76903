import { Component, Suspense, type ReactNode } from 'react';

/** Props of a lazily loaded Monaco editor with a plain-text stand-in. */
export interface LazyMonacoProps {
  /** Name of the editor in the load-failure notice, such as 'code editor'. */
  editorName: string;
  /** Plain editor shown while Monaco loads, and in its place if it fails. */
  fallback: ReactNode;
  /** The editor component from `React.lazy`. */
  children: ReactNode;
}

interface LoadBoundaryState {
  /** Message of the load error, once Monaco failed to load. */
  failed?: string;
}

class LoadBoundary extends Component<LazyMonacoProps, LoadBoundaryState> {
  override state: LoadBoundaryState = {};

  static getDerivedStateFromError(error: unknown): LoadBoundaryState {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failed !== undefined) {
      return (
        <>
          <p role="status">
            The {this.props.editorName} could not load ({this.state.failed});
            editing as plain text.
          </p>
          {this.props.fallback}
        </>
      );
    }

    return this.props.children;
  }
}

/**
 * Renders a lazily loaded Monaco editor, showing `fallback` while it loads
 * and, with a notice, for good if loading fails.
 */
export function LazyMonaco(props: LazyMonacoProps) {
  return (
    <LoadBoundary {...props}>
      <Suspense fallback={props.fallback}>{props.children}</Suspense>
    </LoadBoundary>
  );
}
