/**
 * The `anything-but` operator: a string, a number, a list of only strings or
 * only numbers, or an object with `prefix`, `suffix`, `equals-ignore-case` or
 * `wildcard` (each a string or a list of strings). Reasons are the ones
 * EventBridge returns, except where marked NOTE.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
import { EventPatternError, type LeafMatcher } from './pattern-types';
import { compileWildcard } from './wildcard';

const BAD_VALUE =
  'Value of anything-but must be an array or single string/number value.';
const BAD_LIST_ITEM =
  'Inside anything but list, start|null|boolean is not supported.';
const BAD_IGNORE_CASE_ITEM =
  'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyList(values: unknown[]): unknown[] {
  if (values.length === 0) {
    throw new EventPatternError('Empty arrays are not allowed');
  }

  return values;
}

function compileValueList(values: unknown[]): LeafMatcher[] {
  const items = nonEmptyList(values);
  if (
    !items.every((item) => typeof item === 'string' || typeof item === 'number')
  ) {
    throw new EventPatternError(BAD_LIST_ITEM);
  }
  const types = new Set(items.map((item) => typeof item));
  if (types.size > 1) {
    // NOTE: AWS documents lists of only strings or only numbers; the wording
    // of this reason is not confirmed from an AWS response.
    throw new EventPatternError(
      'Inside anything but list, strings and numbers cannot be mixed.',
    );
  }

  return items.map((item) => ({
    kind: 'exact',
    value: item as string | number,
  }));
}

/** Reads a string or a non-empty list of strings; raises `reason` if not. */
function stringOrList(value: unknown, reason: string): string[] {
  const items = Array.isArray(value) ? nonEmptyList(value) : [value];
  if (!items.every((item) => typeof item === 'string')) {
    throw new EventPatternError(reason);
  }

  return items as string[];
}

function compileAffix(
  kind: 'prefix' | 'suffix',
  value: unknown,
): LeafMatcher[] {
  if (isPlainObject(value)) {
    throw new EventPatternError(BAD_VALUE);
  }
  const texts = stringOrList(
    value,
    'prefix/suffix match pattern must be a string',
  );
  if (texts.includes('')) {
    throw new EventPatternError('Null prefix/suffix not allowed');
  }

  return texts.map((text) => ({ kind, value: text, ignoreCase: false }));
}

function compileOperatorObject(
  operator: Record<string, unknown>,
): LeafMatcher[] {
  const keys = Object.keys(operator);
  const [key] = keys;
  const value = key === undefined ? undefined : operator[key];
  switch (keys.length === 1 ? key : undefined) {
    case 'prefix':
      return compileAffix('prefix', value);
    case 'suffix':
      return compileAffix('suffix', value);
    case 'equals-ignore-case':
      return stringOrList(value, BAD_IGNORE_CASE_ITEM).map((text) => ({
        kind: 'equals-ignore-case',
        value: text,
      }));
    case 'wildcard':
      return stringOrList(value, 'wildcard match pattern must be a string').map(
        (text) => ({
          kind: 'wildcard',
          segments: compileWildcard(text),
        }),
      );
    default:
      // NOTE: no AWS response confirms the reason for other operators inside
      // anything-but. This is the reason AWS returns for the nearest recorded
      // case, `{"prefix": {"equals-ignore-case": ...}}`.
      throw new EventPatternError(BAD_VALUE);
  }
}

/** Compiles the value of an `anything-but` operator into its exclusions. */
export function compileAnythingBut(value: unknown): LeafMatcher {
  let excluded: LeafMatcher[];
  if (typeof value === 'string' || typeof value === 'number') {
    excluded = [{ kind: 'exact', value }];
  } else if (Array.isArray(value)) {
    excluded = compileValueList(value);
  } else if (isPlainObject(value)) {
    excluded = compileOperatorObject(value);
  } else {
    throw new EventPatternError(BAD_VALUE);
  }

  return { kind: 'anything-but', excluded };
}
