import { EDGE_CONFIG_SCHEMAS, NODE_CONFIG_SCHEMAS } from '../model/configs';
import { checkConnection } from '../model/connections';
import { formatPath } from '../model/parse';
import type { Scenario } from '../model/scenario';
import type { Diagnostic } from './diagnostic';

/** Checks node ids, node configs, edge endpoints and edge configs. */
export function generalRules(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const types = new Map<string, Scenario['nodes'][number]['type']>();
  for (const node of scenario.nodes) {
    if (types.has(node.id)) {
      diagnostics.push({
        severity: 'error',
        code: 'general/duplicate-node-id',
        nodeId: node.id,
        message: `Two nodes have the id "${node.id}".`,
        fix: 'Rename one of them; edges refer to nodes by id.',
      });
    }
    types.set(node.id, node.type);
    const parsed = NODE_CONFIG_SCHEMAS[node.type].safeParse(node.config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      diagnostics.push({
        severity: 'error',
        code: 'general/invalid-config',
        nodeId: node.id,
        ...(issue ? { field: formatPath(issue.path) } : {}),
        message: `Node "${node.id}" has an invalid setting: ${issue ? `${formatPath(issue.path)}: ${issue.message}` : 'rejected by the schema'}.`,
        fix: 'Correct the value in the inspector.',
      });
    }
  }

  for (const edge of scenario.edges) {
    const sourceType = types.get(edge.source);
    const targetType = types.get(edge.target);
    if (!sourceType || !targetType) {
      const missing = sourceType ? edge.target : edge.source;
      diagnostics.push({
        severity: 'error',
        code: 'general/edge-missing-endpoint',
        edgeId: edge.id,
        message: `Edge "${edge.id}" connects to "${missing}", but no node has that id.`,
        fix: 'Delete the edge or reconnect it to an existing node.',
      });
      continue;
    }
    const connection = checkConnection(sourceType, targetType);
    if (!connection.ok) {
      diagnostics.push({
        severity: 'error',
        code: 'general/unsupported-connection',
        edgeId: edge.id,
        message: connection.reason,
        fix: 'Delete the edge.',
      });
      continue;
    }
    const parsed = EDGE_CONFIG_SCHEMAS[connection.kind].safeParse(edge.config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      diagnostics.push({
        severity: 'error',
        code: 'general/invalid-config',
        edgeId: edge.id,
        ...(issue ? { field: formatPath(issue.path) } : {}),
        message: `Edge "${edge.id}" has an invalid setting: ${issue ? `${formatPath(issue.path)}: ${issue.message}` : 'rejected by the schema'}.`,
        fix: 'Correct the value in the inspector.',
      });
    }
  }

  return diagnostics;
}
