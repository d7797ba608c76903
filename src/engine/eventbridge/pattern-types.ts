/**
 * Compiled form of an EventBridge event pattern. Field paths are the JSON
 * keys joined with `.`, as EventBridge flattens both events and patterns:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */

/** A JSON value that is not an object or an array. */
export type JsonLeaf = string | number | boolean | null;

/** A numeric range bound; `inclusive` is true for `>=` and `<=`. */
export interface NumericBound {
  value: number;
  inclusive: boolean;
}

/** One test applied to a single leaf value of an event. */
export type LeafMatcher =
  | { kind: 'exact'; value: JsonLeaf }
  | { kind: 'prefix'; value: string; ignoreCase: boolean }
  | { kind: 'suffix'; value: string; ignoreCase: boolean }
  | { kind: 'equals-ignore-case'; value: string }
  | { kind: 'wildcard'; segments: string[] }
  | {
      kind: 'numeric';
      equals?: number;
      lower?: NumericBound;
      upper?: NumericBound;
    }
  | { kind: 'cidr'; network: Uint8Array; maskBits: number }
  | { kind: 'exists'; value: boolean }
  /** Matches a present leaf that none of `excluded` matches. */
  | { kind: 'anything-but'; excluded: LeafMatcher[] };

/** The matchers for one field path; any one of them may match (OR). */
export interface FieldCondition {
  path: string;
  matchers: LeafMatcher[];
  /** The pattern's value list for this field as written, for explanations. */
  values?: unknown[];
}

/**
 * A pattern in disjunctive form: the event matches when every condition of
 * at least one alternative holds. `$or` blocks multiply the alternatives.
 */
export interface CompiledPattern {
  alternatives: FieldCondition[][];
}

/** An invalid event pattern, with the reason EventBridge gives. */
export class EventPatternError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(`Event pattern is not valid. Reason: ${reason}`);
    this.name = 'EventPatternError';
    this.reason = reason;
  }
}
