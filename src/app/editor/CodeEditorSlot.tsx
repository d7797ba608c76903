import { lazy } from 'react';
import { useAppStore } from '../store';
import { LazyMonaco } from './LazyMonaco';

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

/** The handler code editor: Monaco, with a textarea until it has loaded. */
export function CodeEditorSlot({ nodeId, onEscape }: CodeEditorSlotProps) {
  const fallback = <FallbackEditor nodeId={nodeId} />;

  return (
    <div className="code-editor" style={{ height: '100%' }}>
      <LazyMonaco editorName="code editor" fallback={fallback}>
        <MonacoEditor key={nodeId} nodeId={nodeId} onEscape={onEscape} />
      </LazyMonaco>
    </div>
  );
}
