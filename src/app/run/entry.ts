import type { Scenario, ScenarioNode } from '../../engine/model';
import type { Selection } from '../store/scenario-slice';

/** Destination of the composer, and the form of what it sends. */
export type EntryTarget =
  | { kind: 'http'; node: ScenarioNode }
  | { kind: 'event'; node: ScenarioNode }
  /** A PutEvents entry into an EventBridge bus. */
  | { kind: 'entry'; node: ScenarioNode }
  | { kind: 'unsupported'; node: ScenarioNode; reason: string };

const HTTP_ENTRY_TYPES = new Set(['alb', 'apigateway', 'route53']);

function targetFor(node: ScenarioNode): EntryTarget {
  if (HTTP_ENTRY_TYPES.has(node.type)) {
    return { kind: 'http', node };
  }
  if (node.type === 'lambda') {
    return { kind: 'event', node };
  }
  if (node.type === 'eventbridge') {
    return { kind: 'entry', node };
  }
  const reason =
    node.type === 'rds' || node.type === 'rdsproxy'
      ? 'A database receives queries from functions; select a load balancer or a function to send a request.'
      : 'Sending messages or events into this service is not in the run panel yet; select a load balancer or a function.';

  return { kind: 'unsupported', node, reason };
}

/**
 * Picks the node a request goes into: the selected node, the source of the
 * selected edge, or else the scenario's first HTTP entry point, event bus or
 * function.
 */
export function resolveEntry(
  scenario: Scenario,
  selection: Selection,
): EntryTarget | undefined {
  const byId = (id: string | undefined) =>
    id === undefined ? undefined : scenario.nodes.find((node) => node.id === id);
  const selected =
    byId(selection.nodeId) ??
    byId(scenario.edges.find((edge) => edge.id === selection.edgeId)?.source);
  if (selected) {
    return targetFor(selected);
  }
  const fallback =
    scenario.nodes.find((node) => HTTP_ENTRY_TYPES.has(node.type)) ??
    scenario.nodes.find((node) => node.type === 'eventbridge') ??
    scenario.nodes.find((node) => node.type === 'lambda');

  return fallback ? targetFor(fallback) : undefined;
}

/** The test event a new function composer starts with (the console's hello-world template). */
export const DEFAULT_TEST_EVENT = `{
  "key1": "value1",
  "key2": "value2",
  "key3": "value3"
}
`;
