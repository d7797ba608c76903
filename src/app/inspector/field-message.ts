import type { FieldDescriptor } from '../../engine/model';

/** The parts of a zod issue that the wording depends on. */
export interface FieldIssue {
  code?: string;
  message: string;
  /** Bound of a `too_small` or `too_big` issue: a number or a length. */
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  /** Type name of an `invalid_type` issue, e.g. "array". */
  expected?: string;
  values?: readonly unknown[];
}

const NUMBER_CODES = new Set(['too_small', 'too_big', 'invalid_type', 'not_multiple_of']);

function format(value: number | bigint): string {
  return value.toLocaleString('en-US');
}

/** Tells what a number field accepts, e.g. "Use a whole number from 1 to 900 (s)." */
export function numberAdvice(field: FieldDescriptor): string {
  const noun = field.kind === 'integer' ? 'a whole number' : 'a number';
  const unit = field.unit ? ` (${field.unit})` : '';
  const { minimum, maximum } = field;
  if (minimum !== undefined && maximum !== undefined) {
    return `Use ${noun} from ${format(minimum)} to ${format(maximum)}${unit}.`;
  }
  if (minimum !== undefined) {
    return `Use ${noun} of at least ${format(minimum)}${unit}.`;
  }
  if (maximum !== undefined) {
    return `Use ${noun} of at most ${format(maximum)}${unit}.`;
  }

  return `Use ${noun}${unit}.`;
}

/** Turns a lowercase rule text such as "use a 12-digit id" into a sentence. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);

  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Words a schema issue as advice for the person filling in `field`: what to
 * enter instead. Rule texts written for the schema are kept as sentences.
 */
export function fieldMessage(issue: FieldIssue, field?: FieldDescriptor): string {
  const numeric = field?.kind === 'integer' || field?.kind === 'number';
  if (field && numeric && issue.code !== undefined && NUMBER_CODES.has(issue.code)) {
    return numberAdvice(field);
  }
  if (issue.code === 'invalid_value' && issue.values && issue.values.length > 0) {
    return `Choose one of ${issue.values.map(String).join(', ')}.`;
  }
  if (issue.origin === 'string' && issue.code === 'too_small' && issue.minimum !== undefined) {
    return Number(issue.minimum) === 1
      ? 'Enter a value; it must not be empty.'
      : `Use at least ${format(issue.minimum)} characters.`;
  }
  if (issue.origin === 'string' && issue.code === 'too_big' && issue.maximum !== undefined) {
    return `Use at most ${format(issue.maximum)} characters.`;
  }
  if (issue.code === 'invalid_type' && issue.expected !== undefined) {
    return `Enter a value of JSON type ${issue.expected}.`;
  }

  return asSentence(issue.message);
}
