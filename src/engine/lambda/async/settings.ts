import { DEFAULT_EVENT_INVOKE_CONFIG } from '../../model/configs/lambda-async';
import { nodeConfig } from '../../model/resolve';
import type { Scenario, ScenarioNode } from '../../model/scenario';
import { resolveResource, type ResourceRef } from './resources';

/** A function's asynchronous invocation settings, in ms, targets resolved. */
export interface AsyncSettings {
  maximumRetryAttempts: number;
  maximumEventAgeMs: number;
  onSuccess?: ResourceRef;
  onFailure?: ResourceRef;
  deadLetter?: ResourceRef;
  /** `ReservedConcurrentExecutions`; 0 discards every event at once. */
  reserved: number | undefined;
}

/** Resolves `EventInvokeConfig` and `DeadLetterConfig` of a function node. */
export function asyncSettings(
  scenario: Scenario,
  node: ScenarioNode & { type: 'lambda' },
): AsyncSettings {
  const config = nodeConfig(node);
  const invoke = config.EventInvokeConfig;
  const onSuccess = invoke?.DestinationConfig?.OnSuccess?.Destination;
  const onFailure = invoke?.DestinationConfig?.OnFailure?.Destination;
  const deadLetter = config.DeadLetterConfig?.TargetArn;

  return {
    maximumRetryAttempts:
      invoke?.MaximumRetryAttempts ?? DEFAULT_EVENT_INVOKE_CONFIG.MaximumRetryAttempts,
    maximumEventAgeMs:
      (invoke?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_INVOKE_CONFIG.MaximumEventAgeInSeconds) * 1000,
    ...(onSuccess ? { onSuccess: resolveResource(scenario, onSuccess) } : {}),
    ...(onFailure ? { onFailure: resolveResource(scenario, onFailure) } : {}),
    ...(deadLetter ? { deadLetter: resolveResource(scenario, deadLetter) } : {}),
    reserved: config.ReservedConcurrentExecutions,
  };
}
