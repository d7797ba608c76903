/**
 * A JSON Schema draft 4 validator for request models: type, enum,
 * properties, required, additionalProperties, patternProperties, items,
 * numeric and length bounds, pattern, uniqueItems, allOf/anyOf/oneOf/not and
 * local `$ref` (`#/definitions/...`). `format` is not checked.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }

  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);

  return actual === type || (type === 'number' && actual === 'integer');
}

function deepEqual(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#')) {
    return undefined;
  }
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter((segment) => segment !== '')) {
    node = isRecord(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }

  return isRecord(node) ? node : undefined;
}

class Validator {
  readonly errors: string[] = [];

  constructor(private readonly root: Schema) {}

  check(schema: Schema, value: unknown, path: string): void {
    if (typeof schema.$ref === 'string') {
      const target = resolveRef(this.root, schema.$ref);
      if (!target) {
        this.errors.push(`${path}: $ref ${schema.$ref} cannot be resolved`);
        return;
      }
      this.check(target, value, path);
      return;
    }
    this.checkType(schema, value, path);
    this.checkCombinators(schema, value, path);
    if (typeof value === 'number') {
      this.checkNumber(schema, value, path);
    } else if (typeof value === 'string') {
      this.checkString(schema, value, path);
    } else if (Array.isArray(value)) {
      this.checkArray(schema, value, path);
    } else if (isRecord(value)) {
      this.checkObject(schema, value, path);
    }
  }

  private checkType(schema: Schema, value: unknown, path: string): void {
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((type) => matchesType(value, type))) {
        this.errors.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`);
      }
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((option) => deepEqual(option, value))) {
      this.errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    }
  }

  private passes(schema: unknown, value: unknown): boolean {
    const nested = new Validator(this.root);
    nested.check(isRecord(schema) ? schema : {}, value, '');
    return nested.errors.length === 0;
  }

  private checkCombinators(schema: Schema, value: unknown, path: string): void {
    if (Array.isArray(schema.allOf)) {
      for (const part of schema.allOf) {
        this.check(isRecord(part) ? part : {}, value, path);
      }
    }
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some((part) => this.passes(part, value))) {
      this.errors.push(`${path}: matches none of the ${schema.anyOf.length} anyOf schemas`);
    }
    if (Array.isArray(schema.oneOf)) {
      const count = schema.oneOf.filter((part) => this.passes(part, value)).length;
      if (count !== 1) {
        this.errors.push(`${path}: matches ${count} of the oneOf schemas instead of exactly one`);
      }
    }
    if (schema.not !== undefined && this.passes(schema.not, value)) {
      this.errors.push(`${path}: matches the schema under not`);
    }
  }

  private checkNumber(schema: Schema, value: number, path: string): void {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
    if (typeof minimum === 'number' && (exclusiveMinimum === true ? value <= minimum : value < minimum)) {
      this.errors.push(`${path}: ${value} is below the minimum ${minimum}`);
    }
    if (typeof maximum === 'number' && (exclusiveMaximum === true ? value >= maximum : value > maximum)) {
      this.errors.push(`${path}: ${value} is above the maximum ${maximum}`);
    }
    if (typeof multipleOf === 'number' && multipleOf > 0 && !Number.isInteger(value / multipleOf)) {
      this.errors.push(`${path}: ${value} is not a multiple of ${multipleOf}`);
    }
  }

  private checkString(schema: Schema, value: string, path: string): void {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) {
      this.errors.push(`${path}: ${length} characters, fewer than minLength ${schema.minLength}`);
    }
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
      this.errors.push(`${path}: ${length} characters, more than maxLength ${schema.maxLength}`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      this.errors.push(`${path}: ${JSON.stringify(value)} does not match pattern ${schema.pattern}`);
    }
  }

  private checkArray(schema: Schema, value: unknown[], path: string): void {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      this.errors.push(`${path}: ${value.length} items, fewer than minItems ${schema.minItems}`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      this.errors.push(`${path}: ${value.length} items, more than maxItems ${schema.maxItems}`);
    }
    if (schema.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
      this.errors.push(`${path}: items are not unique`);
    }
    value.forEach((item, index) => {
      const itemSchema = Array.isArray(schema.items)
        ? (schema.items[index] ?? (isRecord(schema.additionalItems) ? schema.additionalItems : undefined))
        : schema.items;
      if (Array.isArray(schema.items) && index >= schema.items.length && schema.additionalItems === false) {
        this.errors.push(`${path}/${index}: item not allowed, additionalItems is false`);
      }
      if (isRecord(itemSchema)) {
        this.check(itemSchema, item, `${path}/${index}`);
      }
    });
  }

  private checkObject(schema: Schema, value: Record<string, unknown>, path: string): void {
    const keys = Object.keys(value);
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const patterns = isRecord(schema.patternProperties) ? schema.patternProperties : {};
    if (Array.isArray(schema.required)) {
      const missing = (schema.required as string[]).filter((name) => !(name in value));
      if (missing.length > 0) {
        this.errors.push(`${path}: missing required properties ${missing.sort().join(', ')}`);
      }
    }
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) {
      this.errors.push(`${path}: ${keys.length} properties, fewer than minProperties ${schema.minProperties}`);
    }
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) {
      this.errors.push(`${path}: ${keys.length} properties, more than maxProperties ${schema.maxProperties}`);
    }
    const extra: string[] = [];
    for (const key of keys) {
      let covered = false;
      if (isRecord(properties[key])) {
        covered = true;
        this.check(properties[key], value[key], `${path}/${key}`);
      }
      for (const [pattern, patternSchema] of Object.entries(patterns)) {
        if (new RegExp(pattern, 'u').test(key) && isRecord(patternSchema)) {
          covered = true;
          this.check(patternSchema, value[key], `${path}/${key}`);
        }
      }
      if (!covered) {
        if (isRecord(schema.additionalProperties)) {
          this.check(schema.additionalProperties, value[key], `${path}/${key}`);
        } else if (schema.additionalProperties === false) {
          extra.push(key);
        }
      }
    }
    if (extra.length > 0) {
      this.errors.push(`${path}: properties not allowed by additionalProperties: ${extra.sort().join(', ')}`);
    }
  }
}

/**
 * Validates a value against a draft 4 schema; returns the problems, each
 * starting with the JSON pointer of the value (`/` for the root).
 */
export function validateJsonSchema(schema: Record<string, unknown>, value: unknown): string[] {
  const validator = new Validator(schema);
  validator.check(schema, value, '');

  return validator.errors.map((error) => (error.startsWith(':') ? `/${error}` : error));
}
