import type { Scenario, ScenarioNode } from '../model/scenario';
import { nodeConfig } from '../model/resolve';
import type { FunctionDefinition } from './invocation';

/** Resolves a Lambda node into what the runtime needs to run it. */
export function functionDefinition(
  scenario: Scenario,
  node: ScenarioNode & { type: 'lambda' },
): FunctionDefinition {
  const config = nodeConfig(node);

  return {
    nodeId: node.id,
    functionName: config.FunctionName ?? node.id,
    code: config.code,
    language: config.language,
    handler: config.Handler,
    timeoutSeconds: config.Timeout,
    memorySizeMb: config.MemorySize,
    environment: config.Environment.Variables,
    region: config.region ?? scenario.settings.region,
    accountId: config.accountId ?? scenario.settings.accountId,
    runtime: config.Runtime,
  };
}

/** Builds a function's ARN, as `context.invokedFunctionArn` shows it. */
export function functionArn(definition: FunctionDefinition): string {
  return `arn:aws:lambda:${definition.region}:${definition.accountId}:function:${definition.functionName}`;
}
