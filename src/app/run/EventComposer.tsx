import type { ScenarioNode } from '../../engine/model';
import { useAppStore } from '../store';
import { useEffect, useState } from 'react';
import type { Scenario } from '../../engine/model';
import { DEFAULT_TEST_EVENT } from './entry';
import { StatusIcon } from '../components/StatusIcon';

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Returns the function's default test event. The builders behind it load on
 * first use, so the hello-world template shows until they arrive.
 */
function useDefaultTestEvent(scenario: Scenario, node: ScenarioNode): string {
  const [template, setTemplate] = useState(DEFAULT_TEST_EVENT);
  useEffect(() => {
    let current = true;
    void import('./test-event').then(({ defaultTestEvent }) => {
      if (current) {
        setTemplate(defaultTestEvent(scenario, node));
      }
    });

    return () => {
      current = false;
    };
  }, [scenario, node]);

  return template;
}

/** Edits the test event sent straight to a function, as `aws lambda invoke` would. */
export function EventComposer({ node }: { node: ScenarioNode }) {
  const scenario = useAppStore((state) => state.scenario);
  const template = useDefaultTestEvent(scenario, node);
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
