import type { Diagnostic, Severity } from '../../engine/validate/diagnostic';
import { useAppStore } from '../store';
import { StatusIcon, type StatusIconName } from '../components/StatusIcon';

const SEVERITY: Record<Severity, { icon: StatusIconName; text: string; rank: number }> = {
  error: { icon: 'error', text: 'Error', rank: 0 },
  warning: { icon: 'warning', text: 'Warning', rank: 1 },
  info: { icon: 'info', text: 'Info', rank: 2 },
};

function ProblemRow({ diagnostic }: { diagnostic: Diagnostic }) {
  const select = useAppStore((state) => state.select);
  const severity = SEVERITY[diagnostic.severity];
  const target = diagnostic.nodeId
    ? { nodeId: diagnostic.nodeId }
    : diagnostic.edgeId
      ? { edgeId: diagnostic.edgeId }
      : undefined;

  return (
    <li className={`problem problem--${diagnostic.severity}`}>
      <button
        type="button"
        className="problem__main"
        disabled={!target}
        onClick={() => target && select(target)}
      >
        <span className="problem__severity">
          <StatusIcon name={severity.icon} /> {severity.text}
        </span>{' '}
        <span className="problem__message">{diagnostic.message}</span>
        {(diagnostic.nodeId || diagnostic.edgeId) && (
          <span className="run-muted">
            {' '}
            · {diagnostic.nodeId ?? diagnostic.edgeId}
            {diagnostic.field ? ` · ${diagnostic.field}` : ''}
          </span>
        )}
      </button>
      {diagnostic.fix && <p className="problem__fix">Fix: {diagnostic.fix}</p>}
      {diagnostic.docUrl && (
        <a href={diagnostic.docUrl} target="_blank" rel="noreferrer noopener">
          AWS documentation
        </a>
      )}
    </li>
  );
}

/** Diagnostics of the scenario, errors first; clicking one selects its node or edge. */
export function ProblemsTab() {
  const diagnostics = useAppStore((state) => state.diagnostics);
  if (diagnostics.length === 0) {
    return <p className="run-empty">No problems found in the scenario.</p>;
  }
  const sorted = [...diagnostics].sort(
    (a, b) => SEVERITY[a.severity].rank - SEVERITY[b.severity].rank,
  );

  return (
    <ul className="problems" aria-label="Problems">
      {sorted.map((diagnostic, index) => (
        <ProblemRow key={`${diagnostic.code}-${index}`} diagnostic={diagnostic} />
      ))}
    </ul>
  );
}
