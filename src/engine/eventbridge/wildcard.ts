/**
 * The `wildcard` operator: `*` matches zero or more characters, `\*` is a
 * literal star and `\\` a literal backslash. Consecutive stars are rejected.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
import { EventPatternError } from './pattern-types';

// NOTE: EventBridge does not publish its complexity limit. This heuristic
// rejects `*:*:*:*:*:event-bus/*` (rejected by AWS) and accepts
// `arn:aws:events:us-east-1:*:event-bus/*` (accepted by AWS).
const MAX_WILDCARDS_SHARING_NEXT_CHAR = 4;

const TOO_COMPLEX =
  'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';

function checkComplexity(segments: string[]): void {
  const countByNextChar = new Map<string, number>();
  for (const literal of segments.slice(1)) {
    const next = literal.charAt(0);
    countByNextChar.set(next, (countByNextChar.get(next) ?? 0) + 1);
  }
  for (const [next, count] of countByNextChar) {
    if (next !== '' && count > MAX_WILDCARDS_SHARING_NEXT_CHAR) {
      throw new EventPatternError(TOO_COMPLEX);
    }
  }
}

/**
 * Splits a wildcard pattern into the literal texts between its unescaped
 * stars; raises `EventPatternError` for the forms EventBridge rejects.
 */
export function compileWildcard(pattern: string): string[] {
  const segments: string[] = [];
  let literal = '';
  let previousWasStar = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern.charAt(index);
    if (char === '*') {
      if (previousWasStar) {
        throw new EventPatternError(
          `Consecutive wildcard characters at pos ${index}`,
        );
      }
      segments.push(literal);
      literal = '';
      previousWasStar = true;
      continue;
    }
    previousWasStar = false;
    if (char === '\\') {
      const escaped = pattern.charAt(index + 1);
      if (escaped !== '*' && escaped !== '\\') {
        // NOTE: this reason's wording is not confirmed from an AWS response.
        throw new EventPatternError(`Invalid escape character at pos ${index}`);
      }
      literal += escaped;
      index += 1;
      continue;
    }
    literal += char;
  }
  segments.push(literal);
  checkComplexity(segments);

  return segments;
}

/** Tells whether `value` matches the compiled wildcard `segments`. */
export function matchWildcard(segments: string[], value: string): boolean {
  const first = segments[0] ?? '';
  if (segments.length === 1) {
    return value === first;
  }
  const last = segments[segments.length - 1] ?? '';
  if (
    value.length < first.length + last.length ||
    !value.startsWith(first) ||
    !value.endsWith(last)
  ) {
    return false;
  }
  // Taking each middle literal at its earliest position is optimal for `*`.
  let position = first.length;
  const end = value.length - last.length;
  for (const middle of segments.slice(1, -1)) {
    const found = value.indexOf(middle, position);
    if (found < 0 || found + middle.length > end) {
      return false;
    }
    position = found + middle.length;
  }

  return true;
}
