/** One segment of a resource path such as `/items/{id}/{proxy+}`. */
export type PathSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'parameter'; name: string }
  | { kind: 'greedy'; name: string };

/** Splits a resource path into segments; `/` has none. */
export function parsePathTemplate(resourcePath: string): PathSegment[] {
  return resourcePath
    .split('/')
    .filter((part) => part !== '')
    .map((part): PathSegment => {
      const greedy = /^\{([^{}]+)\+\}$/.exec(part);
      if (greedy?.[1]) {
        return { kind: 'greedy', name: greedy[1] };
      }
      const parameter = /^\{([^{}]+)\}$/.exec(part);
      if (parameter?.[1]) {
        return { kind: 'parameter', name: parameter[1] };
      }

      return { kind: 'literal', text: part };
    });
}

/** A resource path matched against a request path. */
export interface PathMatch {
  /** Path parameters, values as sent (not percent-decoded). */
  parameters: Record<string, string>;
  /**
   * Specificity per segment, compared left to right: a literal (2) beats a
   * parameter (1), which beats a greedy parameter (0).
   */
  rank: number[];
}

/**
 * Matches a stage-relative request path against a resource path. Empty
 * segments from double slashes are skipped for matching, and a greedy
 * parameter takes the rest of the path as sent, without the trailing slash.
 */
export function matchPathTemplate(
  segments: readonly PathSegment[],
  requestPath: string,
): PathMatch | undefined {
  const parts = requestPath.split('/').filter((part) => part !== '');
  const parameters: Record<string, string> = {};
  const rank: number[] = [];
  let index = 0;
  for (const segment of segments) {
    if (segment.kind === 'greedy') {
      const rest = remainderAfter(requestPath, index);
      if (rest === '') {
        return undefined;
      }
      parameters[segment.name] = rest;
      rank.push(0);
      return { parameters, rank };
    }
    const part = parts[index];
    if (part === undefined) {
      return undefined;
    }
    if (segment.kind === 'literal') {
      if (segment.text !== part) {
        return undefined;
      }
      rank.push(2);
    } else {
      parameters[segment.name] = part;
      rank.push(1);
    }
    index += 1;
  }

  return index === parts.length ? { parameters, rank } : undefined;
}

/** Returns the raw path after its first `count` non-empty segments, trimmed of slashes at the ends. */
function remainderAfter(path: string, count: number): string {
  let position = 0;
  for (let seen = 0; seen < count; seen += 1) {
    while (path[position] === '/') {
      position += 1;
    }
    const next = path.indexOf('/', position);
    position = next === -1 ? path.length : next;
  }

  return path.slice(position).replace(/^\/+/, '').replace(/\/+$/, '');
}

/** Compares two ranks; negative when `left` is more specific. */
export function compareRanks(left: readonly number[], right: readonly number[]): number {
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    // A missing segment ranks below a greedy one, so longer literal paths win.
    const difference = (right[index] ?? -1) - (left[index] ?? -1);
    if (difference !== 0) {
      return difference;
    }
  }

  return 0;
}
