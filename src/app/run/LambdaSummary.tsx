import type { InvocationRecord } from '../../engine/lambda/invocation';
import { formatMs } from './status';
import { StatusIcon } from '../components/StatusIcon';

/** Renders the invocation summary in the Lambda console's words, marked cold or warm. */
export function LambdaSummary({ record }: { record: InvocationRecord }) {
  const rows: [string, string][] = [
    ['Request ID', record.requestId],
    ['Duration', formatMs(record.durationMs)],
    ['Billed Duration', `${record.billedDurationMs} ms`],
    ['Memory Size', `${record.memorySizeMb} MB`],
    ['Max Memory Used', `${record.maxMemoryUsedMb} MB`],
  ];
  if (record.initDurationMs !== undefined) {
    rows.push(['Init Duration', formatMs(record.initDurationMs)]);
  }
  rows.push(['Execution environment', record.environmentId]);

  return (
    <section className="run-summary" aria-label={`Lambda summary ${record.requestId}`}>
      <p className="run-summary__start">
        <StatusIcon name={record.coldStart ? 'cold' : 'warm'} />{' '}
        {record.coldStart ? 'Cold start' : 'Warm start'}
        {record.outcome !== 'success' && (
          <span className="run-summary__outcome"> · {outcomeText(record.outcome)}</span>
        )}
      </p>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function outcomeText(outcome: InvocationRecord['outcome']): string {
  switch (outcome) {
    case 'error':
      return 'Function error';
    case 'timeout':
      return 'Timed out';
    case 'crash':
      return 'Runtime exited';
    case 'success':
      return 'Succeeded';
  }
}
