import { checkTargetHealth, type TargetHealth } from '../alb/health';
import type { FunctionInvoker } from '../lambda/invocation';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { createRunEnvironment } from '../run/environment';
import { runRequest } from '../run/run-request';
import { simulate } from '../sim/simulation';
import type { GalleryEntry } from './gallery-types';

/** Epoch ms the checks start at, so that runs repeat exactly. */
const START_MS = Date.UTC(2025, 0, 1);

function parsed(scenario: Scenario): Scenario {
  const result = parseScenario(scenario);
  if (!result.ok) {
    throw new Error(`Scenario "${scenario.name}" does not parse: ${result.error.message}`);
  }

  return result.value;
}

/**
 * Runs a gallery entry's expectation against the engine and returns
 * undefined when its claim holds, or what differed. Request expectations run
 * real handler code through `invoker`; simulations use the function models.
 */
export async function checkGalleryEntry(
  entry: GalleryEntry,
  invoker: FunctionInvoker,
): Promise<string | undefined> {
  const scenario = parsed(entry.scenario);
  const expectation = entry.expectation;
  if (expectation.kind === 'simulate') {
    return expectation.check(simulate(scenario));
  }
  if (expectation.kind === 'compare') {
    const variant = parsed(expectation.variant(scenario));
    return expectation.check(simulate(scenario), simulate(variant));
  }

  const env = createRunEnvironment({ seed: scenario.settings.seed, startMs: START_MS });
  const targetHealth: Record<string, TargetHealth> = {};
  for (const { edgeId, checks } of expectation.healthChecks ?? []) {
    const run = await checkTargetHealth(scenario, edgeId, invoker, env, checks);
    targetHealth[edgeId] = run.health;
  }
  const result = await runRequest(scenario, expectation.entryNodeId, expectation.input, invoker, env, {
    targetHealth,
  });

  return expectation.check(result);
}
