import { performance } from 'node:perf_hooks';
import { createRunEnvironment } from '../environment';
import {
  simulate,
  simulateAsync,
  SimulationInputError,
  type SimulationResult,
} from '../../engine/sim';
import { createNodeExecutor } from '../../runtime';
import { onePositional, parseCommandArgs, parseSeed } from '../args';
import { inputError } from '../errors';
import { readScenarioFile } from '../files';
import { printJson, printResult } from '../output';

const COMMAND = 'simulate';
/** Most invocations `--real-invocations` may run through the real handler. */
const MAX_REAL_INVOCATIONS = 1000;

/** Output of `simulate --json`: the engine's result plus its own run time. */
export interface PrintedSimulation {
  totals: SimulationResult['totals'];
  series: SimulationResult['series'];
  queues: SimulationResult['queues'];
  functions: SimulationResult['functions'];
  stats: SimulationResult['stats'] & {
    /** Wall-clock time of the engine run, without process start-up, in ms. */
    wallMs: number;
  };
}

function seconds(value: number): string {
  return `${Number(value.toFixed(3))} s`;
}

/** Formats the readable summary: one aligned line per total. */
export function simulationSummary(printed: PrintedSimulation): string {
  const { totals, stats } = printed;
  const queued = totals.remaining;
  const rows: [string, string][] = [
    ['Messages sent', String(totals.sent)],
    ['Processed', String(totals.processed)],
    ['Dead-lettered', String(totals.deadLettered)],
    ['Expired', String(totals.expired)],
    ['Filtered out', String(totals.filtered)],
    ['Still queued', `${queued} (dead-letter queues included)`],
    ['Invocations', String(totals.invocations)],
    ['Errors', `${totals.errors} (${totals.timeouts} timeouts)`],
    ['Item failures', String(totals.itemFailures)],
    ['Throttles', String(totals.throttles)],
    ['Cold starts', String(totals.coldStarts)],
    ['Max concurrency', String(totals.maxConcurrency)],
    [
      'Drain time',
      totals.drainSeconds === null
        ? 'not drained when the run stopped'
        : seconds(totals.drainSeconds),
    ],
    ['Simulated time', `${seconds(totals.endSeconds)} (${stats.stopReason})`],
    ['Engine', `${stats.events} events in ${Math.round(stats.wallMs)} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;

  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join('\n');
}

/** Reads `--real-invocations N`: how many invocations run the real handler. */
function parseRealInvocations(text: string | undefined): number {
  if (text === undefined) {
    return 0;
  }
  const count = Number(text);
  if (!/^\d+$/.test(text) || count > MAX_REAL_INVOCATIONS) {
    throw inputError(
      `--real-invocations must be a whole number from 0 to ${MAX_REAL_INVOCATIONS}, got "${text}".`,
    );
  }

  return count;
}

/**
 * Runs the simulation, with the first `realInvocations` invocations running
 * the real handler code in worker threads and the rest from the model.
 */
async function runSimulation(
  scenario: Parameters<typeof simulate>[0],
  realInvocations: number,
): Promise<SimulationResult> {
  if (realInvocations === 0) {
    return simulate(scenario);
  }
  const executor = createNodeExecutor({
    scenario,
    clock: createRunEnvironment(scenario.settings.seed),
  });
  try {
    return await simulateAsync(scenario, {
      invoker: executor,
      maxRealInvocations: realInvocations,
    });
  } finally {
    await executor.dispose();
  }
}

/**
 * `simulate SCENARIO [--json] [--seed N] [--real-invocations N]`: runs the
 * scenario's loads on the virtual clock through the duration and error model
 * of each function, or the real handler for the first N invocations, and
 * prints a summary or, with --json, the totals, series and stats.
 */
export async function runSimulate(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    json: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'real-invocations': { type: 'string' },
  });
  const realInvocations = parseRealInvocations(values['real-invocations']);
  const scenarioPath = onePositional(COMMAND, positionals, 'a SCENARIO file');
  const seed = parseSeed(COMMAND, values.seed);
  const scenario = readScenarioFile(scenarioPath);
  if (seed !== undefined) {
    scenario.settings = { ...scenario.settings, seed };
  }
  if (scenario.loads.length === 0) {
    throw inputError(
      `Scenario file "${scenarioPath}" has no loads, so there is nothing to simulate; add one such as {"target": "QUEUE_ID", "count": 100} to "loads".`,
    );
  }

  let result: SimulationResult;
  const started = performance.now();
  try {
    result = await runSimulation(scenario, realInvocations);
  } catch (error) {
    if (error instanceof SimulationInputError) {
      throw inputError(`Scenario file "${scenarioPath}": ${error.message}`);
    }
    throw error;
  }
  const wallMs = performance.now() - started;
  const printed: PrintedSimulation = {
    totals: result.totals,
    series: result.series,
    queues: result.queues,
    functions: result.functions,
    stats: { ...result.stats, wallMs: Number(wallMs.toFixed(3)) },
  };
  if (values.json) {
    printJson(printed);
  } else {
    printResult(simulationSummary(printed));
  }

  return 0;
}
