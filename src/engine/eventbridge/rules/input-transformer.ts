/**
 * Renders an input transformer: variables read from the event with
 * InputPathsMap, placed into InputTemplate at `<name>`. Outside a JSON
 * string a value is inserted as JSON, so a string gets its quotes. Inside a
 * string it is inserted as is, without escaping, as AWS documents.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 */
import { readInputPath } from './json-path';

/** The predefined variables, besides those from InputPathsMap. */
export interface TransformContext {
  ruleName: string;
  ruleArn: string;
  /** ISO-8601 time at which EventBridge received the event. */
  ingestionTime: string;
}

/** The rendered text, and its parsed value when it is valid JSON. */
export type TransformResult =
  { ok: true; text: string; value: unknown } | { ok: false; text: string; reason: string };

function predefined(event: unknown, context: TransformContext): Map<string, unknown> {
  return new Map<string, unknown>([
    ['aws.events.rule-arn', context.ruleArn],
    ['aws.events.rule-name', context.ruleName],
    ['aws.events.event', event],
    ['aws.events.event.ingestion-time', context.ingestionTime],
    ['aws.events.event.json', JSON.stringify(event)],
  ]);
}

function insert(value: unknown, inString: boolean): string {
  if (inString) {
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  // NOTE: AWS documents that a variable whose path is missing "won't appear
  // in the output". Outside a string, null keeps the JSON valid.
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** Fills `<name>` placeholders, tracking whether each sits inside a JSON string. */
export function renderTemplate(template: string, variables: ReadonlyMap<string, unknown>, defined: ReadonlySet<string>): string {
  let output = '';
  let inString = false;
  for (let index = 0; index < template.length; index += 1) {
    const char = template[index] as string;
    if (char === '\\' && inString) {
      output += template.slice(index, index + 2);
      index += 1;
      continue;
    }
    if (char === '"') {
      inString = !inString;
    }
    if (char === '<') {
      const end = template.indexOf('>', index);
      const name = end > index ? template.slice(index + 1, end) : '';
      if (defined.has(name)) {
        const value = variables.get(name);
        output += value === undefined && inString ? '' : insert(value, inString);
        index = end;
        continue;
      }
    }
    output += char;
  }

  return output;
}

/** Applies an input transformer to an event. */
export function applyInputTransformer(
  transformer: { InputPathsMap: Record<string, string>; InputTemplate: string },
  event: unknown,
  context: TransformContext,
): TransformResult {
  const variables = predefined(event, context);
  const defined = new Set(variables.keys());
  for (const [name, path] of Object.entries(transformer.InputPathsMap)) {
    defined.add(name);
    const value = readInputPath(event, path);
    if (value !== undefined) {
      variables.set(name, value);
    }
  }
  const text = renderTemplate(transformer.InputTemplate, variables, defined);
  try {
    return { ok: true, text, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      text,
      reason: `The input template produced text that is not JSON (${text.length > 80 ? `${text.slice(0, 80)}…` : text}), and Lambda takes only a JSON payload; put quotes around the template, for example "<name> triggered".`,
    };
  }
}
