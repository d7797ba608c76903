import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useAppStore } from '../store';

/** Props of the handler code editor shown in the inspector. */
export interface CodeEditorSlotProps {
  /** The Lambda node whose `config.code` is edited. */
  nodeId: string;
  /** Called on Escape inside the editor when Monaco has nothing to close. */
  onEscape?: () => void;
}

// Monaco is several megabytes, so it is fetched the first time an editor opens.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

/** Renders a plain textarea that keeps code editable until Monaco loads, or when it fails to. */
function FallbackEditor({ nodeId }: CodeEditorSlotProps) {
  const code = useAppStore((state) => {
    const node = state.scenario.nodes.find((item) => item.id === nodeId);
    const value = node?.config.code;

    return typeof value === 'string' ? value : '';
  });
  const updateNodeConfig = useAppStore((state) => state.updateNodeConfig);

  return (
    <textarea
      className="code-textarea"
      aria-label="Handler code"
      spellCheck={false}
      value={code}
      onChange={(event) => updateNodeConfig(nodeId, { code: event.target.value })}
    />
  );
}

class EditorLoadBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed?: string }
> {
  override state: { failed?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failed !== undefined) {
      return (
        <>
          <p role="status">
            The code editor could not load ({this.state.failed}); editing as plain text.
          </p>
          {this.props.fallback}
        </>
      );
    }

    return this.props.children;
  }
}

/** The handler code editor: Monaco, with a textarea until it has loaded. */
export function CodeEditorSlot({ nodeId, onEscape }: CodeEditorSlotProps) {
  const fallback = <FallbackEditor nodeId={nodeId} />;

  return (
    <div className="code-editor" style={{ height: '100%' }}>
      <EditorLoadBoundary fallback={fallback}>
        <Suspense fallback={fallback}>
          <MonacoEditor key={nodeId} nodeId={nodeId} onEscape={onEscape} />
        </Suspense>
      </EditorLoadBoundary>
    </div>
  );
}
