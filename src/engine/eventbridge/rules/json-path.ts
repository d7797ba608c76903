/**
 * The JSON paths an input transformer's InputPathsMap may use: dot notation
 * with letters, digits, dashes, underscores and slashes, array indices and
 * `*` wildcards.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 */

type Step = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'any' };

/** Parses a path such as `$.detail.items[0].id`; undefined when unsupported. */
export function parseInputPath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) {
    return undefined;
  }
  const steps: Step[] = [];
  const pattern = /\.(\*|[^.[\]]+)|\[(\d+|\*)\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) {
      return undefined;
    }
    const [, key, bracket] = match;
    if (key === '*' || bracket === '*') {
      steps.push({ kind: 'any' });
    } else if (key !== undefined) {
      steps.push({ kind: 'key', key });
    } else {
      steps.push({ kind: 'index', index: Number(bracket) });
    }
  }

  return steps;
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value);
  }

  return [];
}

function step(values: unknown[], next: Step): unknown[] {
  const output: unknown[] = [];
  for (const value of values) {
    if (next.kind === 'any') {
      output.push(...children(value));
    } else if (next.kind === 'index') {
      if (Array.isArray(value) && next.index < value.length) {
        output.push(value[next.index]);
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, next.key)) {
      output.push((value as Record<string, unknown>)[next.key]);
    }
  }

  return output;
}

/**
 * Reads a path from a JSON value: the value itself, an array of the values
 * a wildcard reaches, or undefined when the path leads nowhere.
 */
export function readInputPath(root: unknown, path: string): unknown {
  const steps = parseInputPath(path);
  if (!steps) {
    return undefined;
  }
  let values = [root];
  for (const next of steps) {
    values = step(values, next);
  }
  if (steps.some((next) => next.kind === 'any')) {
    return values;
  }

  return values.length === 0 ? undefined : values[0];
}
