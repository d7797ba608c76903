import { useAppStore } from '../store';
import type { RunRecord } from '../store/run-slice';
import { StatusIcon } from '../components/StatusIcon';
import { statusLook } from './status';
import { formatDuration } from '../eventbridge/format-duration';

function durationMs(run: RunRecord): number | undefined {
  const trace = run.result?.trace;
  if (!trace || trace.length === 0) {
    return run.result?.invocations[0]?.durationMs;
  }

  return Math.max(...trace.map((span) => span.endMs)) - Math.min(...trace.map((span) => span.startMs));
}

function RunRow({ run, selected }: { run: RunRecord; selected: boolean }) {
  const selectRun = useAppStore((state) => state.selectRun);
  const response = run.result?.response;
  const look = response
    ? statusLook(response.statusCode, response.statusText)
    : { iconName: 'cross' as const, tone: 'server-error' as const, text: 'Failed' };
  const first = run.result?.invocations[0];
  const duration = durationMs(run);

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
