import { useAppStore } from '../store';
import { formatCount, formatSeconds, formatUsd } from './format';
import { LAMBDA_X86_US_EAST_1 } from './pricing';
import { compareBatchSizes } from './run-simulation';

/** "Compare batch sizes": one run per batch size, side by side. */
export function ComparePanel() {
  const compare = useAppStore((state) => state.compare);
  const simulating = useAppStore((state) => state.sim.status === 'running');
  const running = compare.status === 'running';

  return (
    <section className="sim-compare" aria-label="Compare batch sizes">
      <div className="sim-row">
        <button type="button" disabled={running || simulating} onClick={() => void compareBatchSizes()}>
          Compare batch sizes
        </button>
        {running && <span className="run-muted">Simulating batch size {formatCount(compare.current ?? 0)}…</span>}
      </div>
      {compare.message && (
        <p className={compare.status === 'failed' ? 'run-error' : 'run-muted'} role="alert">
          {compare.message}
        </p>
      )}
      {compare.rows.length > 0 && (
        <table className="sim-compare__table">
          <caption>Batch size comparison</caption>
          <thead>
            <tr>
              <th scope="col">Batch size</th>
              <th scope="col">Batching window</th>
              <th scope="col">Drain time</th>
              <th scope="col">Invocations</th>
              <th scope="col">Throttles</th>
              <th scope="col">Estimated cost</th>
            </tr>
          </thead>
          <tbody>
            {compare.rows.map((row) => (
              <tr key={row.batchSize}>
                <th scope="row">{formatCount(row.batchSize)}</th>
                <td>{row.windowSeconds} s</td>
                <td title={row.note}>
                  {row.drainSeconds === null ? 'not drained' : formatSeconds(row.drainSeconds)}
                </td>
                <td>{formatCount(row.invocations)}</td>
                <td>{formatCount(row.throttles)}</td>
                <td>{formatUsd(row.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="sim-note run-muted">
        Cost: Lambda x86 in us-east-1, $0.20 per million requests and ${LAMBDA_X86_US_EAST_1.perGbSecondUsd} per
        GB-second, init included, free tier not applied (
        <a href="https://aws.amazon.com/lambda/pricing/" target="_blank" rel="noreferrer">
          AWS Lambda pricing
        </a>
        , checked {LAMBDA_X86_US_EAST_1.checkedOn}). SQS requests are not counted.
      </p>
    </section>
  );
}
