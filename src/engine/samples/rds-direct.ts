import type { Scenario } from '../model/scenario';
import { rdsBurstScenario } from './rds-burst';

/** A burst whose function connects to RDS directly and runs out of connections. */
export const RDS_DIRECT_SAMPLE: Scenario = rdsBurstScenario(false);
