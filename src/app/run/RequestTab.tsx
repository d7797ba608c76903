import { lazy } from 'react';
import { NODE_TYPE_INFO } from '../../engine/model';
import { LazyPart } from '../components/LazyPart';
import { useAppStore } from '../store';
import { EventComposer } from './EventComposer';
import { resolveEntry } from './entry';
import { DnsHealthPanels } from '../route53/DnsHealthPanels';
import { HealthCheckPanel } from './HealthCheckPanel';
import { HttpComposer } from './HttpComposer';
import { RunDetail } from './RunDetail';
import { RunHistory } from './RunHistory';
import { sendRequest } from './send';

// The PutEvents composer loads the first time a bus is the entry.
const EntryComposer = lazy(() =>
  import('../eventbridge/EntryComposer').then((module) => ({ default: module.EntryComposer })),
);

function nodeName(node: { id: string; config: Record<string, unknown> }): string {
  const name = node.config.FunctionName ?? node.config.Name;

  return typeof name === 'string' && name !== '' ? name : node.id;
}

function Composer() {
  const scenario = useAppStore((state) => state.scenario);
  const selection = useAppStore((state) => state.selection);
  const sending = useAppStore((state) => state.sending);
  const entry = resolveEntry(scenario, selection);

  if (!entry) {
    return (
      <p className="run-empty">
        Add a load balancer or a function from the palette to send a request.
      </p>
    );
  }
  const label = NODE_TYPE_INFO[entry.node.type].label;

  return (
    <section className="run-composer" aria-label="Request composer">
      <h3>
        Send to {label} <span className="run-muted">{nodeName(entry.node)}</span>
      </h3>
      {entry.kind === 'unsupported' && <p className="run-muted">{entry.reason}</p>}
      {entry.kind === 'http' && <HttpComposer scenario={scenario} node={entry.node} />}
      {entry.kind === 'event' && <EventComposer node={entry.node} />}
      {entry.kind === 'entry' && (
        <LazyPart name="event composer">
          <EntryComposer scenario={scenario} node={entry.node} />
        </LazyPart>
      )}
      {entry.kind !== 'unsupported' && (
        <div className="run-send">
          <button type="button" className="run-send__button" onClick={() => void sendRequest()}>
            {entry.kind === 'entry' ? 'Send event' : 'Send request'}
          </button>
          <span className="run-muted">
            {sending > 0 ? 'Sending…' : 'Ctrl+Enter sends from anywhere'}
          </span>
        </div>
      )}
      {entry.node.type === 'alb' && <HealthCheckPanel albNodeId={entry.node.id} />}
      {entry.node.type === 'route53' && <DnsHealthPanels route53NodeId={entry.node.id} />}
    </section>
  );
}

/** Composer, request history and the selected request's result. */
export function RequestTab() {
  const selected = useAppStore((state) =>
    state.runs.find((run) => run.id === state.selectedRunId),
  );

  return (
    <div className="run-request-tab">
      <Composer />
      <section className="run-results" aria-label="Results">
        <RunHistory />
      </section>
      <section className="run-selected" aria-label="Selected request">
        {selected ? (
          <RunDetail run={selected} />
        ) : (
          <p className="run-empty">Select a request in the history to see its response, event and logs.</p>
        )}
      </section>
    </div>
  );
}
