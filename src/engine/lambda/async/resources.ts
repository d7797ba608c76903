/**
 * Resolves where a destination or a dead-letter queue points: a node of the
 * scenario named by id or by ARN, or an ARN outside it.
 */
import { busNodes } from '../../eventbridge/rules/bus';
import { nodeConfig } from '../../model/resolve';
import type { Scenario, ScenarioNode } from '../../model/scenario';
import { queueArn } from '../../sqs/resolve';
import { functionArn, functionDefinition } from '../definition';

/** The kind of resource an ARN or node id names. */
export type ResourceKind = 'sqs' | 'sns' | 'eventbridge' | 'lambda' | 'other';

/** A destination or dead-letter target. */
export interface ResourceRef {
  /** The value as written in the scenario. */
  ref: string;
  kind: ResourceKind;
  arn: string;
  /** The node it names; absent for an ARN outside the scenario. */
  nodeId?: string;
}

/** Returns the ARN of a node, for node types that have one. */
export function nodeArn(scenario: Scenario, node: ScenarioNode): string | undefined {
  switch (node.type) {
    case 'sqs':
      return queueArn(scenario, node, nodeConfig(node as ScenarioNode & { type: 'sqs' }));
    case 'lambda':
      return functionArn(functionDefinition(scenario, node as ScenarioNode & { type: 'lambda' }));
    case 'eventbridge':
      return busNodes(scenario).find((bus) => bus.node.id === node.id)?.arn;
    default:
      return undefined;
  }
}

function kindOfArn(arn: string): ResourceKind {
  const service = arn.split(':')[2];
  switch (service) {
    case 'sqs':
    case 'sns':
    case 'lambda':
      return service;
    case 'events':
      return 'eventbridge';
    default:
      return 'other';
  }
}

function kindOfNode(type: ScenarioNode['type']): ResourceKind {
  return type === 'sqs' || type === 'lambda' || type === 'eventbridge' ? type : 'other';
}

/** Resolves a node id or an ARN; an unknown id resolves to kind `other`. */
export function resolveResource(scenario: Scenario, ref: string): ResourceRef {
  for (const node of scenario.nodes) {
    const arn = nodeArn(scenario, node);
    if (node.id === ref || (arn !== undefined && arn === ref)) {
      return { ref, kind: kindOfNode(node.type), arn: arn ?? ref, nodeId: node.id };
    }
  }

  return { ref, kind: ref.startsWith('arn:') ? kindOfArn(ref) : 'other', arn: ref };
}
