import { EdgeInspector } from '../inspector/EdgeInspector';
import { NodeInspector } from '../inspector/NodeInspector';
import { ScenarioSettingsForm } from '../inspector/ScenarioSettingsForm';
import { useAppStore } from '../store';

/** Renders the right-hand panel: the selected node or edge, else scenario settings. */
export function Inspector() {
  const scenario = useAppStore((state) => state.scenario);
  const selection = useAppStore((state) => state.selection);
  const node = scenario.nodes.find((item) => item.id === selection.nodeId);
  const edge = scenario.edges.find((item) => item.id === selection.edgeId);

  return (
    <aside className="inspector" aria-label="Inspector">
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge ? (
        <EdgeInspector key={edge.id} edge={edge} scenario={scenario} />
      ) : (
        <ScenarioSettingsForm />
      )}
    </aside>
  );
}
