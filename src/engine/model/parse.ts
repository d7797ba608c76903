import type { z } from 'zod';
import { checkConnection } from './connections';
import { EDGE_CONFIG_SCHEMAS, NODE_CONFIG_SCHEMAS } from './configs';
import { migrateScenario } from './migrate';
import { err, ok, type Result } from './result';
import { SCENARIO_VERSION, scenarioSchema, type Scenario } from './scenario';

/** Reason a scenario from outside (file, URL, storage, CLI) was rejected. */
export interface ScenarioError {
  kind:
    | 'not-json'
    | 'not-an-object'
    | 'version-missing'
    | 'version-too-new'
    | 'migration-failed'
    | 'invalid';
  /** One line naming what is wrong and, where it helps, what to do. */
  message: string;
  /** Location of the problem, for example `nodes[1].config.Timeout`. */
  path?: string;
}

/** Formats a zod issue path as `nodes[1].config.Timeout`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') {
      text += `[${part}]`;
    } else {
      text += text === '' ? String(part) : `.${String(part)}`;
    }
  }

  return text;
}

function invalid(path: readonly PropertyKey[], detail: string): ScenarioError {
  const where = formatPath(path);
  const message = where === '' ? detail : `${where}: ${detail}`;

  return { kind: 'invalid', message: `Invalid scenario: ${message}`, path: where };
}

function firstIssue(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): ScenarioError {
  const issue = error.issues[0];
  if (!issue) {
    return invalid(prefix, 'rejected by the schema');
  }

  return invalid([...prefix, ...issue.path], issue.message);
}

/** Checks node configs, id uniqueness and edge endpoints. */
function checkReferences(scenario: Scenario): ScenarioError | undefined {
  const types = new Map<string, Scenario['nodes'][number]['type']>();
  for (const [index, node] of scenario.nodes.entries()) {
    if (types.has(node.id)) {
      return invalid(['nodes', index, 'id'], `duplicate node id "${node.id}"`);
    }
    types.set(node.id, node.type);
    const parsed = NODE_CONFIG_SCHEMAS[node.type].safeParse(node.config);
    if (!parsed.success) {
      return firstIssue(parsed.error, ['nodes', index, 'config']);
    }
  }

  const edgeIds = new Set<string>();
  for (const [index, edge] of scenario.edges.entries()) {
    if (edgeIds.has(edge.id)) {
      return invalid(['edges', index, 'id'], `duplicate edge id "${edge.id}"`);
    }
    edgeIds.add(edge.id);
    const sourceType = types.get(edge.source);
    const targetType = types.get(edge.target);
    if (!sourceType) {
      return invalid(['edges', index, 'source'], `no node has the id "${edge.source}"`);
    }
    if (!targetType) {
      return invalid(['edges', index, 'target'], `no node has the id "${edge.target}"`);
    }
    const connection = checkConnection(sourceType, targetType);
    if (!connection.ok) {
      return invalid(['edges', index], connection.reason);
    }
    const parsed = EDGE_CONFIG_SCHEMAS[connection.kind].safeParse(edge.config);
    if (!parsed.success) {
      return firstIssue(parsed.error, ['edges', index, 'config']);
    }
  }

  return undefined;
}

/**
 * Parses a scenario from JSON text or a decoded value: migrates it from older
 * versions, fills defaults and checks every node and edge.
 */
export function parseScenario(input: unknown): Result<Scenario, ScenarioError> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return err({ kind: 'not-json', message: `The scenario is not valid JSON: ${detail}` });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err({
      kind: 'not-an-object',
      message: 'The scenario must be a JSON object with version, nodes and edges.',
    });
  }

  const migrated = migrateScenario(value as Record<string, unknown>);
  if (!migrated.ok) {
    const failure = migrated.error;
    switch (failure.kind) {
      case 'version-missing':
        return err({
          kind: 'version-missing',
          message: `Invalid scenario: version is missing; set "version": ${SCENARIO_VERSION}.`,
          path: 'version',
        });
      case 'version-too-new':
        return err({
          kind: 'version-too-new',
          message: `The scenario has version ${failure.version}, newer than this app reads (${SCENARIO_VERSION}); open it in a newer Lambda Playground.`,
          path: 'version',
        });
      case 'migration-failed':
        return err({
          kind: 'migration-failed',
          message: `The scenario could not be upgraded (step "${failure.step}"): ${failure.cause}`,
        });
    }
  }

  const parsed = scenarioSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return err(firstIssue(parsed.error));
  }
  const referenceError = checkReferences(parsed.data);
  if (referenceError) {
    return err(referenceError);
  }

  return ok(parsed.data);
}
