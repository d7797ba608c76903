import type { z } from 'zod';
import { checkConnection, type EdgeKind } from './connections';
import { EDGE_CONFIG_SCHEMAS, NODE_CONFIG_SCHEMAS } from './configs';
import type { NodeType } from './node-types';
import type { Scenario, ScenarioEdge, ScenarioNode } from './scenario';

/** The configuration type of each node type, with defaults filled in. */
export type NodeConfigOf<T extends NodeType> = z.output<
  (typeof NODE_CONFIG_SCHEMAS)[T]
>;

/** The configuration type of each edge kind, with defaults filled in. */
export type EdgeConfigOf<K extends EdgeKind> = z.output<
  (typeof EDGE_CONFIG_SCHEMAS)[K]
>;

/**
 * Returns a node's configuration with AWS defaults filled in. Throws when the
 * configuration is invalid; scenarios from `parseScenario` never are.
 */
export function nodeConfig<T extends NodeType>(
  node: ScenarioNode & { type: T },
): NodeConfigOf<T> {
  return NODE_CONFIG_SCHEMAS[node.type].parse(node.config) as NodeConfigOf<T>;
}

/** Returns an edge's kind, or undefined when its endpoints cannot connect. */
export function edgeKind(scenario: Scenario, edge: ScenarioEdge): EdgeKind | undefined {
  const source = findNode(scenario, edge.source);
  const target = findNode(scenario, edge.target);
  if (!source || !target) {
    return undefined;
  }
  const check = checkConnection(source.type, target.type);

  return check.ok ? check.kind : undefined;
}

/** Returns an edge's configuration with AWS defaults filled in. */
export function edgeConfig<K extends EdgeKind>(
  kind: K,
  edge: ScenarioEdge,
): EdgeConfigOf<K> {
  return EDGE_CONFIG_SCHEMAS[kind].parse(edge.config) as EdgeConfigOf<K>;
}

/** Finds a node by id. */
export function findNode(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((node) => node.id === id);
}

/** Narrows a node to one type. */
export function isNodeOfType<T extends NodeType>(
  node: ScenarioNode | undefined,
  type: T,
): node is ScenarioNode & { type: T } {
  return node?.type === type;
}
