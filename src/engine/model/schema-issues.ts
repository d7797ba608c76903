import type { z } from 'zod';
import type { Diagnostic } from '../validate/diagnostic';
import { checkConnection } from './connections';
import { EDGE_CONFIG_SCHEMAS, NODE_CONFIG_SCHEMAS } from './configs';
import { describeFields, type FieldDescriptor } from './fields';
import { migrateScenario } from './migrate';
import { NODE_TYPES, type NodeType } from './node-types';
import { formatPath, parseScenario } from './parse';
import { scenarioSchema, settingsSchema } from './scenario';

/** A schema problem, located by its path such as `nodes[1].config.Timeout`. */
export interface SchemaDiagnostic extends Diagnostic {
  path: string;
}

type Issue = z.core.$ZodIssue;

/** Location of a group of issues, and descriptors of the fields there. */
interface IssueContext {
  root: unknown;
  prefix: PropertyKey[];
  fields: FieldDescriptor[];
  nodeId?: string;
  edgeId?: string;
}

const EXPECTED_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }

  return value;
}

function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);

  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Returns "a whole number from 1 to 900" for a field with both bounds. */
function rangeText(field: FieldDescriptor | undefined): string | undefined {
  if (field?.minimum === undefined || field.maximum === undefined) return undefined;
  const word = field.kind === 'integer' ? 'a whole number' : 'a number';

  return `${word} from ${field.minimum} to ${field.maximum}`;
}

function withUnit(text: string, field: FieldDescriptor | undefined): string {
  return field?.unit === undefined ? text : `${text} (${field.unit})`;
}

/** Turns one zod issue into a message and a fix that name the field. */
function describeIssue(
  issue: Issue,
  value: unknown,
  name: string,
  field: FieldDescriptor | undefined,
): Pick<Diagnostic, 'code' | 'message' | 'fix'> {
  const range = rangeText(field);
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'number' || issue.origin === 'int') {
        const word = field?.kind === 'integer' ? 'a whole number' : 'a number';
        const bound =
          issue.code === 'too_big' ? `${issue.maximum} or less` : `${issue.minimum} or more`;
        const wanted = range ?? `${word} of ${bound}`;
        return {
          code: 'schema/out-of-range',
          message: `${name} must be ${withUnit(wanted, field)}; got ${shown(value)}`,
          fix: `use ${wanted}`,
        };
      }
      return {
        code: 'schema/out-of-range',
        message: `${name}: ${issue.message}; got ${shown(value)}`,
      };
    }
    case 'invalid_type': {
      const wanted = range ?? EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) {
        return {
          code: 'schema/missing',
          message: `${name} is missing`,
          fix: `set it to ${wanted}`,
        };
      }
      return {
        code: 'schema/invalid-type',
        message: `${name} must be ${withUnit(wanted, field)}; got ${shown(value)}`,
        fix: `use ${wanted}`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => shown(option)).join(', ');
      return {
        code: 'schema/invalid-value',
        message: `${name} must be one of ${options}; got ${shown(value)}`,
        fix: `use one of ${options}`,
      };
    }
    case 'invalid_format':
      // The schema's format messages read as fixes: "use a Region such as us-east-1".
      return {
        code: 'schema/invalid-format',
        message: `${name} is not valid; got ${shown(value)}`,
        fix: issue.message,
      };
    default:
      return { code: 'schema/invalid-value', message: `${name}: ${issue.message}` };
  }
}

/** Levenshtein distance, for suggesting a known name for a misspelt one. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }

  return previous[b.length] ?? 0;
}

/** Returns the known name within two edits of `name`, ignoring case. */
function closestName(name: string, known: string[]): string | undefined {
  const lower = name.toLowerCase();
  const scored = known.map((candidate) => ({
    candidate,
    distance: editDistance(lower, candidate.toLowerCase()),
  }));
  const best = scored.sort((x, y) => x.distance - y.distance)[0];

  return best !== undefined && best.distance <= 2 ? best.candidate : undefined;
}

function relative(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function locatedIn(context: IssueContext): { nodeId?: string; edgeId?: string } {
  return {
    ...(context.nodeId === undefined ? {} : { nodeId: context.nodeId }),
    ...(context.edgeId === undefined ? {} : { edgeId: context.edgeId }),
  };
}

/** Builds one diagnostic per unknown key, suggesting a known name close to it. */
function unknownKeyDiagnostics(
  issue: Extract<Issue, { code: 'unrecognized_keys' }>,
  context: IssueContext,
): SchemaDiagnostic[] {
  const known = context.fields.map((candidate) => relative(candidate.path));

  return issue.keys.map((key) => {
    const path = [...issue.path, key];
    const suggestion = closestName(relative(path), known);
    return {
      severity: 'error',
      code: 'schema/unknown-key',
      ...locatedIn(context),
      field: relative(path),
      path: formatPath([...context.prefix, ...path]),
      message: `${key} is not a known setting here`,
      fix:
        suggestion === undefined
          ? 'remove it or correct its spelling; names follow AWS CloudFormation properties'
          : `rename it to ${suggestion} or remove it`,
    };
  });
}

function diagnosticsFor(issues: readonly Issue[], context: IssueContext): SchemaDiagnostic[] {
  const located = locatedIn(context);
  const diagnostics: SchemaDiagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      diagnostics.push(...unknownKeyDiagnostics(issue, context));
      continue;
    }
    const field = context.fields.find(
      (candidate) => relative(candidate.path) === relative(issue.path),
    );
    const name = String(issue.path.at(-1) ?? (formatPath(context.prefix) || 'scenario'));
    const value = valueAt(context.root, issue.path);
    const described = describeIssue(issue, value, name, field);
    diagnostics.push({
      severity: 'error',
      ...located,
      ...(issue.path.length > 0 ? { field: relative(issue.path) } : {}),
      path: formatPath([...context.prefix, ...issue.path]),
      ...described,
      ...(field?.docUrl === undefined ? {} : { docUrl: field.docUrl }),
    });
  }

  return diagnostics;
}

function referenceDiagnostic(
  path: PropertyKey[],
  code: string,
  text: { message: string; fix: string },
  ids: { nodeId: string } | { edgeId: string },
): SchemaDiagnostic {
  return { severity: 'error', code, ...ids, path: formatPath(path), ...text };
}

/** Checks a node's or an edge's config against its schema. */
function configIssues(
  schema: z.ZodType,
  config: unknown,
  context: Omit<IssueContext, 'root' | 'fields'>,
): SchemaDiagnostic[] {
  // A config that is not an object is reported by the scenario schema.
  if (config !== undefined && !isRecord(config)) return [];
  const parsed = schema.safeParse(config ?? {});
  if (parsed.success) return [];
  const fields = describeFields(schema);

  return diagnosticsFor(parsed.error.issues, { ...context, root: config, fields });
}

/** Checks every node's id and config. */
function nodeIssues(nodes: unknown[], types: Map<string, NodeType>): SchemaDiagnostic[] {
  const diagnostics: SchemaDiagnostic[] = [];
  for (const [index, node] of nodes.entries()) {
    if (!isRecord(node) || typeof node.id !== 'string') continue;
    const type = node.type as NodeType;
    if (!(NODE_TYPES as readonly string[]).includes(type)) continue;
    const ids = { nodeId: node.id };
    if (types.has(node.id)) {
      const text = {
        message: `node id "${node.id}" is used twice`,
        fix: 'give each node its own id',
      };
      diagnostics.push(referenceDiagnostic(['nodes', index, 'id'], 'schema/duplicate-id', text, ids));
    }
    types.set(node.id, type);
    const prefix = ['nodes', index, 'config'];
    diagnostics.push(...configIssues(NODE_CONFIG_SCHEMAS[type], node.config, { prefix, ...ids }));
  }

  return diagnostics;
}

/** Checks every edge's id, endpoints, connection and config. */
function edgeIssues(edges: unknown[], types: Map<string, NodeType>): SchemaDiagnostic[] {
  const diagnostics: SchemaDiagnostic[] = [];
  const seen = new Set<string>();
  for (const [index, edge] of edges.entries()) {
    if (!isRecord(edge) || typeof edge.id !== 'string') continue;
    const ids = { edgeId: edge.id };
    if (seen.has(edge.id)) {
      const text = {
        message: `edge id "${edge.id}" is used twice`,
        fix: 'give each edge its own id',
      };
      diagnostics.push(referenceDiagnostic(['edges', index, 'id'], 'schema/duplicate-id', text, ids));
    }
    seen.add(edge.id);
    const source = types.get(String(edge.source));
    const target = types.get(String(edge.target));
    for (const [end, type] of [['source', source], ['target', target]] as const) {
      if (type !== undefined) continue;
      const text = {
        message: `no node has the id ${shown(edge[end])}`,
        fix: `set ${end} to the id of a node`,
      };
      diagnostics.push(referenceDiagnostic(['edges', index, end], 'schema/unknown-node', text, ids));
    }
    if (source === undefined || target === undefined) continue;
    const connection = checkConnection(source, target);
    if (!connection.ok) {
      const text = { message: connection.reason, fix: 'remove the edge or connect other nodes' };
      diagnostics.push(referenceDiagnostic(['edges', index], 'schema/invalid-connection', text, ids));
      continue;
    }
    const prefix = ['edges', index, 'config'];
    const schema = EDGE_CONFIG_SCHEMAS[connection.kind];
    diagnostics.push(...configIssues(schema, edge.config, { prefix, ...ids }));
  }

  return diagnostics;
}

/**
 * Lists every schema problem of a scenario (JSON text or a decoded value),
 * each with a message that names the field, its allowed values and the value
 * found, such as "Timeout must be a whole number from 1 to 900 (s); got 901".
 * Returns an empty list for a scenario that parses.
 */
export function describeSchemaIssues(input: unknown): SchemaDiagnostic[] {
  const parsed = parseScenario(input);
  if (parsed.ok) return [];
  const failure = parsed.error;
  const single: SchemaDiagnostic = {
    severity: 'error',
    code: `schema/${failure.kind}`,
    path: failure.path ?? '',
    message: failure.message,
  };
  if (failure.kind !== 'invalid') return [single];

  const value = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  const migrated = migrateScenario(value as Record<string, unknown>);
  if (!migrated.ok) return [single];
  const scenario = migrated.value;
  const diagnostics: SchemaDiagnostic[] = [];
  const top = scenarioSchema.safeParse(scenario);
  if (!top.success) {
    const fields = describeFields(settingsSchema).map((field) => ({
      ...field,
      path: ['settings', ...field.path],
    }));
    diagnostics.push(...diagnosticsFor(top.error.issues, { root: scenario, prefix: [], fields }));
  }
  const types = new Map<string, NodeType>();
  if (Array.isArray(scenario.nodes)) diagnostics.push(...nodeIssues(scenario.nodes, types));
  if (Array.isArray(scenario.edges)) diagnostics.push(...edgeIssues(scenario.edges, types));

  return diagnostics.length > 0 ? diagnostics : [single];
}
