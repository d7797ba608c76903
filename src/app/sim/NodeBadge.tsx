import type { ScenarioNode } from '../../engine/model';
import { useAppStore } from '../store';
import { badgeText } from './badges';
import { formatSeconds } from './format';
import './sim.css';

/** Renders the node's simulated values at the playhead, once a simulation ran. */
export function NodeBadge({ node }: { node: ScenarioNode }) {
  const text = useAppStore((state) =>
    state.sim.outcome ? badgeText(state.scenario, node, state.sim.outcome, state.playhead) : undefined,
  );
  const time = useAppStore((state) => state.sim.outcome?.result.series.t[state.playhead] ?? 0);
  if (!text) {
    return null;
  }

  return (
    <p className="sim-badge" role="note" aria-label={`Simulated at ${formatSeconds(time)}: ${text}`}>
      {text}
    </p>
  );
}
