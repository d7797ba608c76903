import { errorMessage } from '../../worker/errors';
import type { SimulateOutcome } from '../../worker/simulate-types';
import { flushPendingEdits } from '../editor/pending-edits';
import { engineClient } from '../run/engine-client';
import { useAppStore } from '../store';
import { batchSizeVariants } from './batch-sizes';
import { formatCount, formatSeconds } from './format';
import { lambdaCostUsd } from './pricing';
import type { CompareRow } from './sim-slice';

/** The engine counts as hung when no progress arrives for this long. */
const PROGRESS_TIMEOUT_MS = 30_000;

/** Shown when Simulate is pressed on a scenario without loads. */
export const NO_LOADS_MESSAGE =
  'The scenario has no load to simulate. Add one under "Loads" in the Charts tab: pick a queue and a message count, then press Simulate.';

let controller: AbortController | undefined;

/** Words for a run that did not finish on its own. */
export function stopMessage(outcome: SimulateOutcome): string | undefined {
  const end = formatSeconds(outcome.result.totals.endSeconds);
  switch (outcome.stop) {
    case 'time-limit':
      return `The run stopped at ${end} of simulated time, the limit of one day; ${formatCount(outcome.result.totals.remaining)} messages were still queued.`;
    case 'event-limit':
      return `The run stopped after ${formatCount(outcome.result.stats.events)} events at ${end}; messages may be retrying without end.`;
    default:
      return undefined;
  }
}

/**
 * Simulates the scenario's loads in the engine worker, showing progress,
 * and opens the Charts tab. A second call while running does nothing.
 */
export async function startSimulation(): Promise<void> {
  flushPendingEdits();
  const store = useAppStore.getState();
  store.setBottomTab('charts');
  if (store.sim.status === 'running' || store.compare.status === 'running') {
    return;
  }
  const { scenario } = store;
  store.setPlaying(false);
  if (scenario.loads.length === 0) {
    store.setSim({ status: 'failed', progress: 0, message: NO_LOADS_MESSAGE });
    return;
  }
  controller = new AbortController();
  const { signal } = controller;
  store.setSim({ status: 'running', progress: 0 });
  try {
    const outcome = await engineClient().simulate(
      scenario,
      {},
      {
        timeoutMs: PROGRESS_TIMEOUT_MS,
        signal,
        onProgress: (progress) =>
          useAppStore.getState().setSim({ status: 'running', progress: progress.fraction }),
      },
    );
    const after = useAppStore.getState();
    after.setSim({ status: 'done', progress: 1, outcome, message: stopMessage(outcome) });
    after.setPlayhead(0);
    const { totals } = outcome.result;
    after.announce(
      `Simulation finished: ${formatCount(totals.processed)} processed, ${formatCount(totals.deadLettered)} dead-lettered in ${formatSeconds(totals.endSeconds)}.`,
    );
  } catch (error) {
    const after = useAppStore.getState();
    if (signal.aborted) {
      after.setSim({
        status: 'cancelled',
        progress: after.sim.progress,
        message: 'Simulation cancelled. Press Simulate to run it again.',
      });
      after.announce('Simulation cancelled.');
    } else {
      after.setSim({ status: 'failed', progress: 0, message: errorMessage(error) });
    }
  } finally {
    controller = undefined;
  }
}

/** Stops the running simulation or comparison. */
export function cancelSimulation(): void {
  controller?.abort();
}

/**
 * Simulates the same load at several batch sizes, one after another, and
 * fills the comparison table with drain time, invocations and cost.
 */
export async function compareBatchSizes(): Promise<void> {
  flushPendingEdits();
  const store = useAppStore.getState();
  if (store.sim.status === 'running' || store.compare.status === 'running') {
    return;
  }
  if (store.scenario.loads.length === 0) {
    store.setCompare({ status: 'failed', rows: [], message: NO_LOADS_MESSAGE });
    return;
  }
  const variants = batchSizeVariants(store.scenario);
  if ('error' in variants) {
    store.setCompare({ status: 'failed', rows: [], message: variants.error });
    return;
  }
  controller = new AbortController();
  const { signal } = controller;
  const rows: CompareRow[] = [];
  try {
    for (const variant of variants) {
      useAppStore.getState().setCompare({ status: 'running', rows: [...rows], current: variant.batchSize });
      const outcome = await engineClient().simulate(
        variant.scenario,
        { billing: true },
        { timeoutMs: PROGRESS_TIMEOUT_MS, signal },
      );
      const { totals } = outcome.result;
      rows.push({
        batchSize: variant.batchSize,
        windowSeconds: variant.windowSeconds,
        drainSeconds: totals.drainSeconds,
        invocations: totals.invocations,
        throttles: totals.throttles,
        costUsd: outcome.billing ? lambdaCostUsd(outcome.billing) : 0,
        note: stopMessage(outcome),
      });
    }
    useAppStore.getState().setCompare({ status: 'done', rows });
    useAppStore.getState().announce(`Compared ${rows.length} batch sizes.`);
  } catch (error) {
    const message = signal.aborted
      ? 'Comparison cancelled.'
      : `The comparison failed at batch size ${variants[rows.length]?.batchSize ?? '?'}: ${errorMessage(error)}`;
    useAppStore.getState().setCompare({ status: 'failed', rows, message });
  } finally {
    controller = undefined;
  }
}

/** Identifies the scenario a result belongs to: its name and its node ids. */
function scenarioKey(scenario: { name: string; nodes: { id: string }[] }): string {
  return `${scenario.name}\n${scenario.nodes.map((node) => node.id).join('\n')}`;
}

// A loaded sample, an import or a new canvas drops the previous result, so
// that badges never show numbers from another scenario.
useAppStore.subscribe((state, previous) => {
  if (state.scenario === previous.scenario || !state.sim.outcome) {
    return;
  }
  if (scenarioKey(state.scenario) !== scenarioKey(previous.scenario)) {
    state.setPlaying(false);
    state.setSim({ status: 'idle', progress: 0 });
    state.setCompare({ status: 'idle', rows: [] });
  }
});
