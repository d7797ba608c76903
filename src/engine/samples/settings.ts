import type { ScenarioSettings } from '../model/scenario';

/** Returns the settings the samples share, with the given ones changed. */
export function sampleSettings(
  overrides: Partial<ScenarioSettings> = {},
): ScenarioSettings {
  return {
    region: 'us-east-1',
    accountId: '123456789012',
    seed: 1,
    sqsScalingModel: 'current',
    accountConcurrency: 1000,
    ...overrides,
  };
}
