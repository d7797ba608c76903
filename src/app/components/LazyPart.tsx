import { Component, Suspense, type ReactNode } from 'react';

/** Props of a part of the page whose code loads on first use. */
export interface LazyPartProps {
  /** Name of the part in the loading and failure notices, such as 'chart tools'. */
  name: string;
  /** Content shown while the code loads, a short notice by default. */
  fallback?: ReactNode;
  /** Content shown when the code cannot be fetched; a reload notice by default. */
  renderFailure?: (message: string) => ReactNode;
  /** The part, built from `React.lazy` components. */
  children: ReactNode;
}

interface LoadBoundaryState {
  /** Message of the load error, once the code failed to load. */
  failed?: string;
}

class LoadBoundary extends Component<LazyPartProps, LoadBoundaryState> {
  override state: LoadBoundaryState = {};

  static getDerivedStateFromError(error: unknown): LoadBoundaryState {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    const { failed } = this.state;
    if (failed === undefined) {
      return this.props.children;
    }
    if (this.props.renderFailure) {
      return this.props.renderFailure(failed);
    }

    return (
      <p className="field-error" role="status">
        The {this.props.name} could not load ({failed}). Reload the page to try
        again.
      </p>
    );
  }
}

/**
 * Renders a lazily loaded part with a loading notice, and a failure notice in
 * its place when its code cannot be fetched.
 */
export function LazyPart(props: LazyPartProps) {
  const fallback = props.fallback ?? (
    <p className="muted" role="status">
      Loading the {props.name}…
    </p>
  );

  return (
    <LoadBoundary {...props}>
      <Suspense fallback={fallback}>{props.children}</Suspense>
    </LoadBoundary>
  );
}
