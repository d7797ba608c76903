/**
 * Validates an event pattern and compiles it into alternatives of field
 * conditions. Nested keys join with `.`, so `{"a": {"b": [1]}}` and
 * `{"a.b": [1]}` compile to the same condition, as in EventBridge.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
import { compileMatcher } from './match-operators';
import {
  EventPatternError,
  type CompiledPattern,
  type FieldCondition,
} from './pattern-types';

/** Operator names; an object using one of them is not an `$or` branch. */
const RESERVED_NAMES = new Set([
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'numeric',
  'cidr',
  'exists',
  'anything-but',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Tells whether `$or` means OR: a list of two or more objects that use no
 * operator names as keys. Otherwise `$or` is an ordinary field name, as the
 * Event Ruler README (https://github.com/aws/event-ruler) describes.
 */
function isOrBlock(value: unknown): value is Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every(
      (branch) =>
        isPlainObject(branch) &&
        Object.keys(branch).every((key) => !RESERVED_NAMES.has(key)),
    )
  );
}

/** Returns every pairing of an alternative from `left` with one from `right`. */
function combine(
  left: FieldCondition[][],
  right: FieldCondition[][],
): FieldCondition[][] {
  return left.flatMap((first) => right.map((second) => [...first, ...second]));
}

function compileObject(
  pattern: Record<string, unknown>,
  prefix: string,
): FieldCondition[][] {
  let alternatives: FieldCondition[][] = [[]];
  for (const [key, value] of Object.entries(pattern)) {
    if (key === '$or' && isOrBlock(value)) {
      const branches = value.flatMap((branch) => compileObject(branch, prefix));
      alternatives = combine(alternatives, branches);
      continue;
    }
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        throw new EventPatternError('Empty arrays are not allowed');
      }
      const condition: FieldCondition = {
        path,
        matchers: value.map(compileMatcher),
        values: value,
      };
      alternatives = combine(alternatives, [[condition]]);
    } else if (isPlainObject(value)) {
      alternatives = combine(alternatives, compileObject(value, path));
    } else {
      throw new EventPatternError(`"${key}" must be an object or an array`);
    }
  }

  return alternatives;
}

/**
 * Compiles a parsed event pattern; raises `EventPatternError` with
 * EventBridge's reason when the pattern is not valid. A repeated key keeps
 * its last value, which `JSON.parse` already does.
 */
export function compileEventPattern(pattern: unknown): CompiledPattern {
  if (!isPlainObject(pattern)) {
    throw new EventPatternError('Filter is not an object');
  }

  return { alternatives: compileObject(pattern, '') };
}
