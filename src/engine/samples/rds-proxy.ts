import type { Scenario } from '../model/scenario';
import { rdsBurstScenario } from './rds-burst';

/** The same burst through RDS Proxy: connections wait in the pool instead of failing. */
export const RDS_PROXY_SAMPLE: Scenario = rdsBurstScenario(true);
