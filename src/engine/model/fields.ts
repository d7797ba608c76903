import { z } from 'zod';
import type { EdgeKind } from './connections';
import { EDGE_CONFIG_SCHEMAS, NODE_CONFIG_SCHEMAS } from './configs';
import type { NodeType } from './node-types';

/** Control the inspector uses to edit a field. */
export type FieldKind =
  | 'integer'
  | 'number'
  | 'string'
  | 'boolean'
  | 'enum'
  | 'string-map'
  | 'json'
  | 'code';

/** One setting as the inspector shows it, derived from the engine's schema. */
export interface FieldDescriptor {
  /** Path inside `config`, for example `['Environment', 'Variables']`. */
  path: string[];
  title: string;
  kind: FieldKind;
  description?: string;
  /** AWS documentation page the explanation comes from. */
  docUrl?: string;
  unit?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  options?: string[];
  required: boolean;
}

interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  docUrl?: string;
  unit?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
}

function kindOf(key: string, schema: JsonSchema): FieldKind {
  if (key === 'code') {
    return 'code';
  }
  if (schema.enum) {
    return 'enum';
  }
  switch (schema.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'object':
      return typeof schema.additionalProperties === 'object' &&
        schema.additionalProperties.type === 'string'
        ? 'string-map'
        : 'json';
    default:
      return 'json';
  }
}

function collect(
  schema: JsonSchema,
  prefix: string[],
  output: FieldDescriptor[],
): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, key];
    if (property.type === 'object' && property.properties) {
      collect(property, path, output);
      continue;
    }
    const kind = kindOf(key, property);
    output.push({
      path,
      title: property.title ?? key,
      kind,
      description: property.description,
      docUrl: property.docUrl,
      unit: property.unit,
      default: property.default,
      minimum: property.minimum,
      // zod reports integers without a bound as capped at 2^53 - 1.
      maximum:
        property.maximum !== undefined &&
        property.maximum < Number.MAX_SAFE_INTEGER
          ? property.maximum
          : undefined,
      options: property.enum?.map(String),
      required: schema.required?.includes(key) === true && property.default === undefined,
    });
  }
}

/** Lists the fields of a zod object schema, nested objects flattened. */
export function describeFields(schema: z.ZodType): FieldDescriptor[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const fields: FieldDescriptor[] = [];
  collect(json as JsonSchema, [], fields);

  return fields;
}

/** Lists the settings of a node type. */
export function nodeFields(type: NodeType): FieldDescriptor[] {
  return describeFields(NODE_CONFIG_SCHEMAS[type]);
}

/** Lists the settings of an edge kind. */
export function edgeFields(kind: EdgeKind): FieldDescriptor[] {
  return describeFields(EDGE_CONFIG_SCHEMAS[kind]);
}

/** Checks one field value against the schema; returns the message or undefined. */
export function checkFieldValue(
  schema: z.ZodType,
  config: Record<string, unknown>,
): { path: string[]; message: string }[] {
  const parsed = schema.safeParse(config);
  if (parsed.success) {
    return [];
  }

  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
}
