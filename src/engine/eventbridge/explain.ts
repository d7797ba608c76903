/**
 * Explains why an event does not match an event pattern: the first field
 * whose condition fails, with the event's value and what the pattern expects.
 * EventBridge's TestEventPattern returns only true or false, so these
 * explanations are the playground's own wording.
 */
import { flattenEvent, type EventLeaves } from './event-leaves';
import { compileEventPattern } from './pattern-compile';
import { matchCompiledPattern } from './pattern-match';
import type { FieldCondition } from './pattern-types';

/** The result of explaining a match: which field failed, and why. */
export type PatternExplanation =
  | { matches: true }
  | {
      matches: false;
      /** Dotted path of the failing field, or several joined with `, `. */
      field: string;
      /** One sentence for a person: the event's value and the expectation. */
      reason: string;
    };

type Mismatch = Extract<PatternExplanation, { matches: false }>;

function expectedText(condition: FieldCondition): string {
  return JSON.stringify(condition.values ?? []);
}

function holds(condition: FieldCondition, event: unknown): boolean {
  return matchCompiledPattern({ alternatives: [[condition]] }, event);
}

function describe(condition: FieldCondition, leaves: EventLeaves): Mismatch {
  const { path } = condition;
  const values = (leaves.get(path) ?? []).map((leaf) => leaf.value);
  const expected = expectedText(condition);
  if (values.length === 0) {
    return {
      matches: false,
      field: path,
      reason: `The event has no value at "${path}", but the pattern expects ${expected}.`,
    };
  }
  const actual =
    values.length === 1
      ? `is ${JSON.stringify(values[0])}`
      : `has the values ${JSON.stringify(values)}, none of which matches`;

  return {
    matches: false,
    field: path,
    reason: `"${path}" ${actual} in the event, but the pattern expects ${expected}.`,
  };
}

/** Finds the first failing condition of one alternative of the pattern. */
function explainAlternative(
  conditions: FieldCondition[],
  event: unknown,
  leaves: EventLeaves,
): Mismatch {
  const failing = conditions.find((condition) => !holds(condition, event));
  if (failing) {
    return describe(failing, leaves);
  }
  const fields = conditions.map((condition) => condition.path).join(', ');

  return {
    matches: false,
    field: fields,
    reason: `Each of ${fields} matches on its own, but not within the same element of an array. A pattern matches the fields of one array element together.`,
  };
}

/**
 * Tells whether a parsed event matches a parsed pattern and, when it does
 * not, names the first field that fails. With `$or`, the explanation is the
 * one of the first alternative. Raises `EventPatternError` for an invalid
 * pattern, as `matchEventPattern` does.
 */
export function explainEventPattern(
  pattern: unknown,
  event: unknown,
): PatternExplanation {
  const compiled = compileEventPattern(pattern);
  if (matchCompiledPattern(compiled, event)) {
    return { matches: true };
  }
  const leaves = flattenEvent(event);
  const [first = []] = compiled.alternatives;
  const mismatch = explainAlternative(first, event, leaves);
  const count = compiled.alternatives.length;
  if (count === 1) {
    return mismatch;
  }

  return {
    ...mismatch,
    reason: `None of the ${count} alternatives of $or matches. In the first, ${mismatch.reason.charAt(0).toLowerCase()}${mismatch.reason.slice(1)}`,
  };
}
