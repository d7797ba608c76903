import type { ScenarioNode } from '../../engine/model';
import { displayName } from '../canvas/node-summary';

/** Props of the queue field of the simulation forms. */
export interface QueueSelectProps {
  /** SQS queue nodes of the scenario, in the order to list them. */
  queues: ScenarioNode[];
  /** Node id of the chosen queue. */
  value: string;
  onChange(queueId: string): void;
}

/** Renders a labelled list of the scenario's queues, by display name. */
export function QueueSelect({ queues, value, onChange }: QueueSelectProps) {
  return (
    <label className="composer__field">
      Queue
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {queues.map((node) => (
          <option key={node.id} value={node.id}>
            {displayName(node)}
          </option>
        ))}
      </select>
    </label>
  );
}
