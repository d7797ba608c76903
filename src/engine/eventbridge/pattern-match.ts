/**
 * Matches events against EventBridge event patterns. The matcher is generic
 * JSON-against-pattern matching, so it also serves SQS and other filter
 * criteria that use the same pattern language.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
import { matchCidr } from './cidr';
import { flattenEvent, type EventLeaf, type EventLeaves } from './event-leaves';
import { matchNumeric } from './numeric';
import { compileEventPattern } from './pattern-compile';
import {
  EventPatternError,
  type CompiledPattern,
  type FieldCondition,
  type JsonLeaf,
  type LeafMatcher,
} from './pattern-types';
import { matchWildcard } from './wildcard';

function lower(text: string): string {
  return text.toLowerCase();
}

/** Tells whether one present leaf value satisfies a matcher. */
function matchLeaf(matcher: LeafMatcher, value: JsonLeaf): boolean {
  switch (matcher.kind) {
    case 'exact':
      // Numbers compare as doubles, so 300.0 in an event equals 300.
      return value === matcher.value;
    case 'prefix':
      return (
        typeof value === 'string' &&
        (matcher.ignoreCase
          ? lower(value).startsWith(lower(matcher.value))
          : value.startsWith(matcher.value))
      );
    case 'suffix':
      return (
        typeof value === 'string' &&
        (matcher.ignoreCase
          ? lower(value).endsWith(lower(matcher.value))
          : value.endsWith(matcher.value))
      );
    case 'equals-ignore-case':
      return typeof value === 'string' && lower(value) === lower(matcher.value);
    case 'wildcard':
      return (
        typeof value === 'string' && matchWildcard(matcher.segments, value)
      );
    case 'numeric':
      return typeof value === 'number' && matchNumeric(matcher, value);
    case 'cidr':
      return (
        typeof value === 'string' &&
        matchCidr(matcher.network, matcher.maskBits, value)
      );
    case 'exists':
      return matcher.value;
    case 'anything-but':
      // A null value is present, so anything-but matches it. A missing field
      // has no leaf and never reaches this point.
      return !matcher.excluded.some((excluded) => matchLeaf(excluded, value));
  }
}

type ArrayChoices = ReadonlyMap<number, number>;

/** Returns the choices extended by the leaf, or undefined if they conflict. */
function extendChoices(
  choices: ArrayChoices,
  leaf: EventLeaf,
): ArrayChoices | undefined {
  const extended = new Map(choices);
  for (const [arrayId, index] of leaf.arrays) {
    const chosen = extended.get(arrayId);
    if (chosen !== undefined && chosen !== index) {
      return undefined;
    }
    extended.set(arrayId, index);
  }

  return extended;
}

/** Searches for one leaf per condition, all from the same array elements. */
function matchConditions(
  conditions: FieldCondition[],
  leaves: EventLeaves,
  position: number,
  choices: ArrayChoices,
): boolean {
  const condition = conditions[position];
  if (condition === undefined) {
    return true;
  }
  const candidates = leaves.get(condition.path) ?? [];
  if (candidates.length === 0) {
    const allowsMissing = condition.matchers.some(
      (matcher) => matcher.kind === 'exists' && !matcher.value,
    );
    return (
      allowsMissing &&
      matchConditions(conditions, leaves, position + 1, choices)
    );
  }
  for (const leaf of candidates) {
    if (!condition.matchers.some((matcher) => matchLeaf(matcher, leaf.value))) {
      continue;
    }
    const extended = extendChoices(choices, leaf);
    if (
      extended &&
      matchConditions(conditions, leaves, position + 1, extended)
    ) {
      return true;
    }
  }

  return false;
}

/** Tells whether a parsed JSON event matches an already compiled pattern. */
export function matchCompiledPattern(
  pattern: CompiledPattern,
  event: unknown,
): boolean {
  const leaves = flattenEvent(event);

  return pattern.alternatives.some((conditions) =>
    matchConditions(conditions, leaves, 0, new Map()),
  );
}

/**
 * Tells whether a parsed JSON event matches a parsed event pattern; raises
 * `EventPatternError` when the pattern is not valid.
 */
export function matchEventPattern(pattern: unknown, event: unknown): boolean {
  return matchCompiledPattern(compileEventPattern(pattern), event);
}

/** Checks a parsed event pattern, returning EventBridge's reason if invalid. */
export function validateEventPattern(
  pattern: unknown,
): { ok: true } | { ok: false; reason: string } {
  try {
    compileEventPattern(pattern);
    return { ok: true };
  } catch (error) {
    if (error instanceof EventPatternError) {
      return { ok: false, reason: error.reason };
    }
    throw error;
  }
}
