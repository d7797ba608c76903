import { useState } from 'react';
import { useAppStore } from '../store';

/** Log lines of the selected request, one group per Lambda request id, filterable. */
export function LogsTab() {
  const run = useAppStore((state) => state.runs.find((item) => item.id === state.selectedRunId));
  const select = useAppStore((state) => state.select);
  const [filter, setFilter] = useState('');
  const invocations = run?.result?.invocations ?? [];

  if (invocations.length === 0) {
    return (
      <p className="run-empty">
        {run
          ? 'This request invoked no function, so it has no log lines.'
          : 'No logs yet. Send a request from the Request tab; its function log lines appear here.'}
      </p>
    );
  }
  const needle = filter.trim().toLowerCase();

  return (
    <div className="run-logs">
      <label className="composer__field run-logs__filter">
        Filter logs
        <input
          type="search"
          value={filter}
          placeholder="Text to look for"
          onChange={(event) => setFilter(event.target.value)}
        />
      </label>
      {invocations.map((record) => {
        const lines = needle
          ? record.logs.filter((line) => line.toLowerCase().includes(needle))
          : record.logs;

        return (
          <section key={record.requestId} className="run-logs__group" aria-label={`Logs of ${record.requestId}`}>
            <h4>
              <button
                type="button"
                className="run-link"
                onClick={() => select({ nodeId: record.functionNodeId })}
                title="Select the function on the canvas"
              >
                {record.functionNodeId}
              </button>{' '}
              <span className="run-muted">RequestId: {record.requestId}</span>
            </h4>
            <pre className="run-logs__lines">
              {lines.length > 0 ? lines.join('\n') : 'No line matches the filter.'}
            </pre>
          </section>
        );
      })}
    </div>
  );
}
