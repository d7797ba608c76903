import type { Scenario } from '../../engine/model/scenario';
import type { HostServices } from '../shared/host-calls';
import type { HostClock } from './host-state';
import { createScenarioHost, type ScenarioHost } from './scenario-host';

/** Executor settings that give it a scenario's database host. */
export interface ScenarioHostSettings {
  /**
   * The scenario whose RDS nodes `pg` reaches; a function returning the
   * current one when it changes over time.
   */
  scenario?: Scenario | (() => Scenario);
  /** Time and randomness of the host; the real ones by default. */
  clock?: HostClock;
  /** Serves the other stand-ins; "not connected" by default. */
  host?: HostServices;
}

/** Builds the host an executor uses, and the scenario host to close with it. */
export function executorHost(settings: ScenarioHostSettings): {
  host: HostServices | undefined;
  scenarioHost: ScenarioHost | undefined;
} {
  if (!settings.scenario) return { host: settings.host, scenarioHost: undefined };
  const scenarioHost = createScenarioHost(settings.scenario, {
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.host ? { fallback: settings.host } : {}),
  });

  return { host: scenarioHost, scenarioHost };
}
