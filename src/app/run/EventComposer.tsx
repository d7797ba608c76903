import type { ScenarioNode } from '../../engine/model';
import { useAppStore } from '../store';
import { useMemo } from 'react';
import { defaultTestEvent } from './test-event';
import { StatusIcon } from '../components/StatusIcon';

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Edits the test event sent straight to a function, as `aws lambda invoke` would. */
export function EventComposer({ node }: { node: ScenarioNode }) {
  const scenario = useAppStore((state) => state.scenario);
  const template = useMemo(() => defaultTestEvent(scenario, node), [scenario, node]);
  const text = useAppStore((state) => state.eventDrafts[node.id]) ?? template;
  const setEventDraft = useAppStore((state) => state.setEventDraft);
  const problem = jsonError(text);

  return (
    <div className="composer">
      <label className="composer__field">
        Test event
        <textarea
          className="composer__raw"
          spellCheck={false}
          rows={9}
          value={text}
          aria-invalid={problem !== undefined}
          onChange={(event) => setEventDraft(node.id, event.target.value)}
        />
      </label>
      {problem && (
        <p className="run-error" role="status">
          <StatusIcon name="warning" /> Not valid JSON: {problem}
        </p>
      )}
    </div>
  );
}
