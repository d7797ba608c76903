import type { Scenario } from '../../engine/model';
import type { Selection } from '../store/scenario-slice';

/** Role of the target a reference field names: a dead-letter queue or a destination. */
export type ReferenceRole = 'dead-letter queue' | 'on failure' | 'on success';

/**
 * A field that names another node by id where AWS takes an ARN. The canvas
 * draws it as a dashed, read-only edge.
 */
export interface ReferenceEdge {
  id: string;
  source: string;
  target: string;
  role: ReferenceRole;
  /** Field path in the owner's config, for example `RedrivePolicy.deadLetterTargetArn`. */
  field: string;
  /** Selection a click on the edge makes: the node or rule that contains the field. */
  owner: Selection;
}

type Config = Record<string, unknown>;

function at(config: Config, path: string): unknown {
  let value: unknown = config;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    value = (value as Config)[key];
  }

  return value;
}

const NODE_FIELDS: Record<string, [string, ReferenceRole][]> = {
  sqs: [['RedrivePolicy.deadLetterTargetArn', 'dead-letter queue']],
  lambda: [
    ['DeadLetterConfig.TargetArn', 'dead-letter queue'],
    ['EventInvokeConfig.DestinationConfig.OnFailure.Destination', 'on failure'],
    ['EventInvokeConfig.DestinationConfig.OnSuccess.Destination', 'on success'],
  ],
};

/** Returns the references in the scenario whose value is one of its node ids. */
export function referenceEdges(scenario: Scenario): ReferenceEdge[] {
  const ids = new Set(scenario.nodes.map((node) => node.id));
  const found: ReferenceEdge[] = [];
  const add = (source: string, config: Config, field: string, role: ReferenceRole, owner: Selection) => {
    const value = at(config, field);
    if (typeof value === 'string' && ids.has(value) && value !== source) {
      const ownerId = owner.edgeId ?? owner.nodeId ?? source;
      found.push({ id: `ref:${ownerId}:${field}`, source, target: value, role, field, owner });
    }
  };
  for (const node of scenario.nodes) {
    for (const [field, role] of NODE_FIELDS[node.type] ?? []) {
      add(node.id, node.config, field, role, { nodeId: node.id });
    }
  }
  for (const edge of scenario.edges) {
    const source = scenario.nodes.find((node) => node.id === edge.source);
    if (source?.type === 'eventbridge' && edge.config) {
      // A rule's dead-letter queue receives the events EventBridge could not deliver.
      add(edge.source, edge.config, 'DeadLetterConfig.Arn', 'dead-letter queue', { edgeId: edge.id });
    }
  }

  return found;
}

/** Returns the accessible name of a reference edge. */
export function referenceAriaLabel(reference: ReferenceEdge): string {
  return `Reference from ${reference.source} to ${reference.target}: ${reference.role}`;
}
