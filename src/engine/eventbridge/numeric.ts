/**
 * The `numeric` operator: `["=", x]`, a lower bound (`>`, `>=`), an upper
 * bound (`<`, `<=`), or a lower bound followed by an upper bound.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
import {
  EventPatternError,
  type LeafMatcher,
  type NumericBound,
} from './pattern-types';

type NumericMatcher = Extract<LeafMatcher, { kind: 'numeric' }>;

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

function readPair(
  list: unknown[],
  index: number,
): { op: string; value: number } {
  const op = list[index];
  if (
    typeof op !== 'string' ||
    !(op === '=' || LOWER.has(op) || UPPER.has(op))
  ) {
    // NOTE: the wording of this reason is not confirmed from an AWS response.
    throw new EventPatternError(
      `Unrecognized numeric range operator: ${JSON.stringify(op)}`,
    );
  }
  const value = list[index + 1];
  if (typeof value !== 'number') {
    throw new EventPatternError(`Value of ${op} must be numeric`);
  }

  return { op, value };
}

function bound(op: string, value: number): NumericBound {
  return { value, inclusive: op.endsWith('=') };
}

/**
 * Compiles the value of a `numeric` operator. Numbers are IEEE 754 doubles,
 * as in Event Ruler; the older ±5.0e9 range limit is not applied.
 */
export function compileNumeric(value: unknown): NumericMatcher {
  if (!Array.isArray(value)) {
    throw new EventPatternError('Value of numeric must be an array.');
  }
  if (value.length === 0) {
    throw new EventPatternError('Empty arrays are not allowed');
  }
  const first = readPair(value, 0);
  const matcher: NumericMatcher = { kind: 'numeric' };
  let next = 2;
  if (first.op === '=') {
    matcher.equals = first.value;
  } else if (UPPER.has(first.op)) {
    matcher.upper = bound(first.op, first.value);
  } else {
    matcher.lower = bound(first.op, first.value);
    if (value.length > next) {
      const second = readPair(value, next);
      if (!UPPER.has(second.op)) {
        throw new EventPatternError(`Bad numeric range operator: ${second.op}`);
      }
      matcher.upper = bound(second.op, second.value);
      next += 2;
      if (matcher.upper.value <= matcher.lower.value) {
        // NOTE: this reason's wording is not confirmed from an AWS response.
        throw new EventPatternError('Bottom must be less than top');
      }
    }
  }
  if (value.length > next) {
    throw new EventPatternError(
      `Bad numeric range operator: ${String(value[next])}`,
    );
  }

  return matcher;
}

/** Tells whether a number satisfies a compiled numeric matcher. */
export function matchNumeric(matcher: NumericMatcher, value: number): boolean {
  if (matcher.equals !== undefined) {
    return value === matcher.equals;
  }
  const { lower, upper } = matcher;
  if (
    lower &&
    !(lower.inclusive ? value >= lower.value : value > lower.value)
  ) {
    return false;
  }
  if (
    upper &&
    !(upper.inclusive ? value <= upper.value : value < upper.value)
  ) {
    return false;
  }

  return true;
}
