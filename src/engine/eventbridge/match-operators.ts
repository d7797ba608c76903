/**
 * Compiles one element of a field's value list (an exact value or an
 * operator object) into a `LeafMatcher`. Reasons are the ones EventBridge
 * returns, except where marked NOTE.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
import { compileAnythingBut } from './anything-but';
import { compileCidr } from './cidr';
import { compileNumeric } from './numeric';
import { EventPatternError, type LeafMatcher } from './pattern-types';
import { compileWildcard } from './wildcard';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `prefix` and `suffix` take a string or `{"equals-ignore-case": string}`. */
function compileAffix(kind: 'prefix' | 'suffix', value: unknown): LeafMatcher {
  if (typeof value === 'string') {
    return { kind, value, ignoreCase: false };
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    const inner = value['equals-ignore-case'];
    if (keys.length === 1 && typeof inner === 'string') {
      return { kind, value: inner, ignoreCase: true };
    }
  }
  throw new EventPatternError(`${kind} match pattern must be a string`);
}

function requireString(operator: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new EventPatternError(`${operator} match pattern must be a string`);
  }

  return value;
}

function compileOperator(operator: string, value: unknown): LeafMatcher {
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return compileAffix(operator, value);
    case 'equals-ignore-case':
      return {
        kind: 'equals-ignore-case',
        value: requireString(operator, value),
      };
    case 'wildcard':
      return {
        kind: 'wildcard',
        segments: compileWildcard(requireString(operator, value)),
      };
    case 'numeric':
      return compileNumeric(value);
    case 'cidr':
      // AWS returns the prefix reason for a non-string cidr value.
      return { kind: 'cidr', ...compileCidr(requireString('prefix', value)) };
    case 'exists':
      if (typeof value !== 'boolean') {
        // NOTE: this reason's wording is not confirmed from an AWS response.
        throw new EventPatternError(
          'exists match pattern must be either true or false.',
        );
      }
      return { kind: 'exists', value };
    case 'anything-but':
      return compileAnythingBut(value);
    default:
      throw new EventPatternError(`Unrecognized match type ${operator}`);
  }
}

/** Compiles one item of a field's list; operator names are case-sensitive. */
export function compileMatcher(element: unknown): LeafMatcher {
  if (
    element === null ||
    typeof element === 'string' ||
    typeof element === 'number' ||
    typeof element === 'boolean'
  ) {
    return { kind: 'exact', value: element };
  }
  if (Array.isArray(element)) {
    // NOTE: the wording of this reason is not confirmed from an AWS response.
    throw new EventPatternError(
      'Match value must be String, number, true, false, or null',
    );
  }
  const keys = Object.keys(element as Record<string, unknown>);
  const [operator] = keys;
  if (operator === undefined || keys.length > 1) {
    // NOTE: the wording of this reason is not confirmed from an AWS response.
    throw new EventPatternError(
      'Match expression must hold exactly one operator',
    );
  }

  return compileOperator(
    operator,
    (element as Record<string, unknown>)[operator],
  );
}
