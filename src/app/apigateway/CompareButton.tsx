import { lazy, useState } from 'react';
import type { Scenario } from '../../engine/model';
import { LazyPart } from '../components/LazyPart';
import { loadFailure } from '../components/load-failure';
import { useAppStore } from '../store';
import type { Comparison } from './run-compare';

// The comparison and its dialog load when the button is first pressed.
const CompareDialog = lazy(() =>
  import('./CompareDialog').then((module) => ({ default: module.CompareDialog })),
);

/** Tells why an API edge cannot be compared, or undefined when it can. */
function unavailableReason(scenario: Scenario, edgeId: string): string | undefined {
  const edge = scenario.edges.find((item) => item.id === edgeId);
  const api = scenario.nodes.find((node) => node.id === edge?.source);
  if (!edge || api?.type !== 'apigateway') {
    return 'Only a connection from an API Gateway API to a function has an integration to compare.';
  }
  if (api.config.ProtocolType === 'HTTP') {
    return 'HTTP APIs support only Lambda proxy integrations; make the API a REST API to compare with a custom integration.';
  }

  return undefined;
}

/** Opens the side-by-side view of one API integration as proxy and as custom. */
export function CompareButton({ edgeId }: { edgeId: string }) {
  const [open, setOpen] = useState(false);
  const [comparison, setComparison] = useState<Comparison>();
  const reason = useAppStore((state) => unavailableReason(state.scenario, edgeId));

  const start = () => {
    setComparison(undefined);
    setOpen(true);
    void import('./run-compare')
      .then((module) => module.runComparison(edgeId))
      .then(setComparison, (error: unknown) => {
        setOpen(false);
        useAppStore.getState().setBanner({
          tone: 'error',
          message: loadFailure('comparison', error),
        });
      });
  };

  return (
    <>
      <button type="button" onClick={start} disabled={reason !== undefined} title={reason}>
        Compare proxy and custom
      </button>
      {reason && <p className="field-hint">{reason}</p>}
      {open && (
        <LazyPart name="comparison">
          <CompareDialog comparison={comparison} onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  );
}
