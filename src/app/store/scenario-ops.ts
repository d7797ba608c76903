import {
  DEFAULT_HANDLER_CODE,
  type NodeType,
  type Scenario,
  type ScenarioEdge,
  type ScenarioNode,
} from '../../engine/model';

/** A point on the canvas, in flow coordinates. */
export interface Position {
  x: number;
  y: number;
}

/** Returns the first id `prefix-N` (N from 1) that no node or edge uses. */
export function uniqueId(scenario: Scenario, prefix: string): string {
  const taken = new Set<string>([
    ...scenario.nodes.map((node) => node.id),
    ...scenario.edges.map((edge) => edge.id),
  ]);
  let index = 1;
  while (taken.has(`${prefix}-${index}`)) {
    index += 1;
  }

  return `${prefix}-${index}`;
}

/** Returns the config a new node of each type starts with. The rest is AWS default. */
function initialConfig(type: NodeType): Record<string, unknown> {
  return type === 'lambda' ? { code: DEFAULT_HANDLER_CODE } : {};
}

/** Adds a node of `type`; returns the new scenario and the node's id. */
export function addNode(
  scenario: Scenario,
  type: NodeType,
  position: Position,
): { scenario: Scenario; id: string } {
  const id = uniqueId(scenario, type);
  const node: ScenarioNode = {
    id,
    type,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    config: initialConfig(type),
  };

  return { scenario: { ...scenario, nodes: [...scenario.nodes, node] }, id };
}

/** Removes nodes and edges by id, with every edge touching a removed node. */
export function removeItems(
  scenario: Scenario,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): Scenario {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);

  return {
    ...scenario,
    nodes: scenario.nodes.filter((node) => !nodes.has(node.id)),
    edges: scenario.edges.filter(
      (edge) =>
        !edges.has(edge.id) && !nodes.has(edge.source) && !nodes.has(edge.target),
    ),
  };
}

/** Adds an edge unless the same source and target are already connected. */
export function connect(
  scenario: Scenario,
  source: string,
  target: string,
): { scenario: Scenario; id?: string } {
  const exists = scenario.edges.some(
    (edge) => edge.source === source && edge.target === target,
  );
  if (exists || source === target) {
    return { scenario };
  }
  const id = uniqueId(scenario, `${source}-to-${target}`);
  const edge: ScenarioEdge = { id, source, target, config: {} };

  return { scenario: { ...scenario, edges: [...scenario.edges, edge] }, id };
}

/**
 * Sets `value` at `path` inside `config`; `undefined` removes the key, and
 * nested objects left empty are removed too, so AWS defaults apply again.
 */
export function setAtPath(
  config: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) {
    return config;
  }
  const next = { ...config };
  if (rest.length === 0) {
    if (value === undefined) {
      delete next[key];
    } else {
      next[key] = value;
    }

    return next;
  }
  const child = config[key];
  const childObject =
    typeof child === 'object' && child !== null && !Array.isArray(child)
      ? (child as Record<string, unknown>)
      : {};
  const updated = setAtPath(childObject, rest, value);
  if (Object.keys(updated).length === 0) {
    delete next[key];
  } else {
    next[key] = updated;
  }

  return next;
}

/** Reads the value at `path` inside `config`. */
export function getAtPath(
  config: Record<string, unknown>,
  path: readonly string[],
): unknown {
  let current: unknown = config;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }

  return current;
}

/** Replaces one node's config through `update`. */
export function mapNodeConfig(
  scenario: Scenario,
  nodeId: string,
  update: (config: Record<string, unknown>) => Record<string, unknown>,
): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((node) =>
      node.id === nodeId ? { ...node, config: update(node.config) } : node,
    ),
  };
}

/** Replaces one edge's config through `update`. */
export function mapEdgeConfig(
  scenario: Scenario,
  edgeId: string,
  update: (config: Record<string, unknown>) => Record<string, unknown>,
): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((edge) =>
      edge.id === edgeId ? { ...edge, config: update(edge.config) } : edge,
    ),
  };
}

/** Moves nodes to new positions, leaving the others as they are. */
export function moveNodes(
  scenario: Scenario,
  positions: ReadonlyMap<string, Position>,
): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((node) => {
      const position = positions.get(node.id);

      return position ? { ...node, position } : node;
    }),
  };
}

/** Renames a node and rewires its edges; returns undefined if the id is taken. */
export function renameNode(
  scenario: Scenario,
  from: string,
  to: string,
): Scenario | undefined {
  if (to === '' || scenario.nodes.some((node) => node.id === to)) {
    return undefined;
  }

  return {
    ...scenario,
    nodes: scenario.nodes.map((node) =>
      node.id === from ? { ...node, id: to } : node,
    ),
    edges: scenario.edges.map((edge) => ({
      ...edge,
      source: edge.source === from ? to : edge.source,
      target: edge.target === from ? to : edge.target,
    })),
  };
}
