/** The database host: PGlite behind RDS nodes, for both executors. */
export {
  createScenarioHost,
  type ScenarioHost,
  type ScenarioHostOptions,
} from './scenario-host';
export type { HostClock } from './host-state';
export type { SqlEngine, SqlEngineFactory } from './pglite-loader';
