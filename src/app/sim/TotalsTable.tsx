import type { SimulationTotals } from '../../engine/sim';
import { formatCount, formatSeconds } from './format';

/** Renders the run's totals, one labelled row each. */
export function TotalsTable({ totals }: { totals: SimulationTotals }) {
  const rows: [string, string][] = [
    ['Messages sent', formatCount(totals.sent)],
    ['Processed', formatCount(totals.processed)],
    ['Dead-lettered', formatCount(totals.deadLettered)],
    ['Invocations', formatCount(totals.invocations)],
    ['Throttles', formatCount(totals.throttles)],
    ['Errors', formatCount(totals.errors)],
    ['Cold starts', formatCount(totals.coldStarts)],
    ['Max concurrency', formatCount(totals.maxConcurrency)],
    ['Drain time', totals.drainSeconds === null ? 'not drained' : formatSeconds(totals.drainSeconds)],
  ];
  if (totals.maxDbConnections > 0) {
    rows.push(
      ['Max database connections', formatCount(totals.maxDbConnections)],
      ['Refused connections', formatCount(totals.dbConnectionsRefused)],
      ['Borrows that waited', formatCount(totals.proxyBorrowsWaited)],
      ['Borrow timeouts', formatCount(totals.proxyBorrowTimeouts)],
    );
  }
  if (totals.remaining > 0) {
    rows.push(['Still queued at the end', formatCount(totals.remaining)]);
  }

  return (
    <table className="sim-totals">
      <caption>Totals</caption>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
