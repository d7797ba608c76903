/**
 * A JSONPath subset for `$input.json` and `$input.path`: `$`, `.name`,
 * `['name']`, `[index]`, `[*]` and `.*`. A wildcard returns a list.
 */

type Step = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

/** Parses a JSONPath expression; throws with the position on invalid syntax. */
export function parseJsonPath(expression: string): Step[] {
  const text = expression.trim();
  if (!text.startsWith('$')) {
    throw new Error(`Invalid JSONPath '${expression}': it must start with $`);
  }
  const steps: Step[] = [];
  let position = 1;
  while (position < text.length) {
    const rest = text.slice(position);
    const dot = /^\.(\*|[^.[\]]+)/.exec(rest);
    const bracket = /^\[\s*(?:'([^']*)'|"([^"]*)"|(-?\d+)|(\*))\s*\]/.exec(rest);
    if (dot?.[1]) {
      steps.push(dot[1] === '*' ? { kind: 'wildcard' } : { kind: 'key', key: dot[1] });
      position += dot[0].length;
    } else if (bracket) {
      const [whole, single, double, index, star] = bracket;
      if (star) {
        steps.push({ kind: 'wildcard' });
      } else if (index !== undefined) {
        steps.push({ kind: 'index', index: Number(index) });
      } else {
        steps.push({ kind: 'key', key: single ?? double ?? '' });
      }
      position += whole.length;
    } else {
      throw new Error(`Invalid JSONPath '${expression}' at character ${position + 1}`);
    }
  }

  return steps;
}

function applyStep(values: unknown[], step: Step): unknown[] {
  const output: unknown[] = [];
  for (const value of values) {
    if (step.kind === 'wildcard') {
      if (Array.isArray(value)) {
        output.push(...value);
      } else if (typeof value === 'object' && value !== null) {
        output.push(...Object.values(value));
      }
    } else if (step.kind === 'index' && Array.isArray(value)) {
      const item = value[step.index < 0 ? value.length + step.index : step.index];
      if (item !== undefined) {
        output.push(item);
      }
    } else if (step.kind === 'key' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      if (Object.hasOwn(value, step.key)) {
        output.push((value as Record<string, unknown>)[step.key]);
      }
    }
  }

  return output;
}

/** Evaluates a JSONPath on a document; undefined when nothing matches. */
export function evaluateJsonPath(document: unknown, expression: string): unknown {
  const steps = parseJsonPath(expression);
  let values: unknown[] = [document];
  for (const step of steps) {
    values = applyStep(values, step);
  }
  if (steps.some((step) => step.kind === 'wildcard')) {
    return values;
  }

  return values[0];
}
