/**
 * Matches text against a listener-rule pattern where `*` matches zero or more
 * characters and `?` exactly one. With `escapes`, a backslash makes the next
 * `*`, `?` or `\` literal, as query-string conditions allow.
 */
export function matchesWildcard(
  pattern: string,
  text: string,
  options: { caseInsensitive?: boolean; escapes?: boolean } = {},
): boolean {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? '';
    if (options.escapes && char === '\\' && index + 1 < pattern.length) {
      index += 1;
      source += escapeRegExp(pattern[index] ?? '');
    } else if (char === '*') {
      source += '[\\s\\S]*';
    } else if (char === '?') {
      source += '[\\s\\S]';
    } else {
      source += escapeRegExp(char);
    }
  }

  return new RegExp(`^${source}$`, options.caseInsensitive ? 'i' : '').test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
