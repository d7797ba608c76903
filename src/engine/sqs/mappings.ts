import type { LambdaConfig } from '../model/configs/lambda';
import type { SqsConfig } from '../model/configs/sqs';
import type { SqsEventSourceMappingConfig } from '../model/configs/sqs-esm';
import { edgeConfig, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../model/scenario';

/** An SQS → Lambda edge with both ends and all three configurations. */
export interface MappingEdge {
  edge: ScenarioEdge;
  config: SqsEventSourceMappingConfig;
  queue: ScenarioNode & { type: 'sqs' };
  queueConfig: SqsConfig;
  target: ScenarioNode & { type: 'lambda' };
  functionConfig: LambdaConfig;
}

/** Lists the scenario's event source mappings (SQS → Lambda edges). */
export function mappingEdges(scenario: Scenario): MappingEdge[] {
  const mappings: MappingEdge[] = [];
  for (const edge of scenario.edges) {
    const queue = findNode(scenario, edge.source);
    const target = findNode(scenario, edge.target);
    if (!isNodeOfType(queue, 'sqs') || !isNodeOfType(target, 'lambda')) {
      continue;
    }
    mappings.push({
      edge,
      config: edgeConfig('event-source-mapping', edge),
      queue,
      queueConfig: nodeConfig(queue),
      target,
      functionConfig: nodeConfig(target),
    });
  }

  return mappings;
}
