import type { SimulationSeries } from '../../engine/sim';
import { useAppStore } from '../store';
import { ComparePanel } from './ComparePanel';
import { LineChart } from './LineChart';
import { LoadsEditor } from './LoadsEditor';
import { cancelSimulation, startSimulation } from './run-simulation';
import { SendMessages } from './SendMessages';
import { TotalsTable } from './TotalsTable';
import { Transport } from './Transport';
import './sim.css';

/** Series drawn as charts, in order, with their titles. */
const CHARTS: { key: keyof SimulationSeries; title: string }[] = [
  { key: 'visible', title: 'Visible messages' },
  { key: 'inFlight', title: 'In-flight messages' },
  { key: 'concurrency', title: 'Concurrency' },
  { key: 'pollers', title: 'Pollers' },
  { key: 'throttles', title: 'Throttles per second' },
  { key: 'errors', title: 'Errors per second' },
  { key: 'deadLettered', title: 'Dead-lettered' },
];

/** Database connection series, drawn when a function connects to RDS. */
const DATABASE_CHARTS: { key: keyof SimulationSeries; title: string }[] = [
  { key: 'dbConnections', title: 'Database connections' },
  { key: 'dbConnectionsRefused', title: 'Refused connections (total)' },
  { key: 'proxyClientConnections', title: 'Proxy client connections' },
  { key: 'proxyBorrowWaits', title: 'Waiting for a pooled connection' },
];

function SimulationStatus() {
  const sim = useAppStore((state) => state.sim);
  const percent = Math.floor(sim.progress * 100);

  return (
    <div className="sim-status">
      <div className="sim-row">
        <button
          type="button"
          className="run-send__button"
          disabled={sim.status === 'running'}
          onClick={() => void startSimulation()}
          aria-keyshortcuts="Control+Shift+Enter"
        >
          Simulate
        </button>
        {sim.status === 'running' && (
          <>
            <progress
              className="sim-progress"
              aria-label="Simulation progress"
              max={100}
              value={percent}
            />
            <span role="status">Simulating… {percent}%</span>
            <button type="button" onClick={cancelSimulation}>
              Cancel
            </button>
          </>
        )}
      </div>
      {sim.message && (
        <p
          className={sim.status === 'failed' ? 'run-error' : 'run-muted'}
          role={sim.status === 'failed' ? 'alert' : 'status'}
        >
          {sim.message}
        </p>
      )}
    </div>
  );
}

function Results() {
  const outcome = useAppStore((state) => state.sim.outcome);
  const playhead = useAppStore((state) => state.playhead);
  const setPlayhead = useAppStore((state) => state.setPlayhead);
  if (!outcome) {
    return (
      <p className="run-empty">
        No simulation yet. Add a load, then press Simulate (Ctrl+Shift+Enter) to see queue depth, concurrency and
        throttles over simulated time.
      </p>
    );
  }
  const { series, totals } = outcome.result;
  const seek = (index: number) => {
    useAppStore.getState().setPlaying(false);
    setPlayhead(index);
  };

  return (
    <>
      <Transport t={series.t} />
      <div className="sim-charts" role="group" aria-label="Charts over simulated time">
        {[
          ...CHARTS,
          ...DATABASE_CHARTS.filter((chart) => (series[chart.key] ?? []).some((value) => value > 0)),
        ].map((chart) => (
          <LineChart
            key={chart.key}
            title={chart.title}
            t={series.t}
            values={series[chart.key]}
            endSeconds={totals.endSeconds}
            playhead={playhead}
            onSeek={seek}
          />
        ))}
      </div>
      <TotalsTable totals={totals} />
    </>
  );
}

/** Renders the Charts tab: loads, Simulate, playback, charts, totals and comparisons. */
export function ChartsTab() {
  return (
    <div className="sim-tab">
      <div className="sim-tab__side">
        <SimulationStatus />
        <LoadsEditor />
        <ComparePanel />
        <SendMessages />
      </div>
      <section className="sim-tab__results" aria-label="Simulation results">
        <Results />
      </section>
    </div>
  );
}
