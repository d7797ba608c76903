import { useAppStore } from '../store';
import type { RunRecord } from '../store/run-slice';
import { responseDurationMs } from './run-duration';
import { StatusIcon } from '../components/StatusIcon';
import { responseLook } from './status';
import { formatDuration } from '../eventbridge/format-duration';

function RunRow({ run, selected }: { run: RunRecord; selected: boolean }) {
  const selectRun = useAppStore((state) => state.selectRun);
  const response = run.result?.response;
  const look = response
    ? responseLook(response)
    : { iconName: 'cross' as const, tone: 'server-error' as const, text: 'Failed' };
  const first = run.result?.invocations[0];
  const duration = responseDurationMs(run.result);

  return (
    <li>
      <button
        type="button"
        className={`run-row run-row--${look.tone}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectRun(run.id)}
      >
        <span className="run-row__status">
          <StatusIcon name={look.iconName} /> {look.text}
        </span>
        <span className="run-row__label">{run.label}</span>
        {duration !== undefined && (
          <span className="run-row__duration">{formatDuration(duration)}</span>
        )}
        {first && <span className="run-row__start">{first.coldStart ? 'cold' : 'warm'}</span>}
      </button>
    </li>
  );
}

/** Requests sent, newest first; selecting one shows it in the detail pane. */
export function RunHistory() {
  const runs = useAppStore((state) => state.runs);
  const selectedRunId = useAppStore((state) => state.selectedRunId);

  if (runs.length === 0) {
    return (
      <p className="run-empty">
        No requests yet. Send one from the load balancer.
      </p>
    );
  }

  return (
    <ol className="run-history" aria-label="Request history">
      {runs.map((run) => (
        <RunRow key={run.id} run={run} selected={run.id === selectedRunId} />
      ))}
    </ol>
  );
}
