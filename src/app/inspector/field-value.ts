import type { FieldDescriptor } from '../../engine/model';
import { numberAdvice } from './field-message';

/** Result of parsing an input's text: a config value or the reason it is invalid. */
export type ParsedInput = { ok: true; value: unknown } | { ok: false; message: string };

/** Formats a config value for a text input; undefined shows as empty. */
export function toInputText(value: unknown, field: FieldDescriptor): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (field.kind === 'json') {
    return JSON.stringify(value, null, 2);
  }

  return String(value);
}

/** Turns an input's text into a config value; empty means the AWS default. */
export function parseInputText(text: string, field: FieldDescriptor): ParsedInput {
  if (text.trim() === '') {
    return { ok: true, value: undefined };
  }
  switch (field.kind) {
    case 'integer':
    case 'number': {
      const value = Number(text.trim());
      if (!Number.isFinite(value)) {
        return {
          ok: false,
          message: `${field.title} must be a number (got "${text}"). ${numberAdvice(field)}`,
        };
      }
      if (field.kind === 'integer' && !Number.isInteger(value)) {
        return {
          ok: false,
          message: `${field.title} must be a whole number (got ${text}). ${numberAdvice(field)}`,
        };
      }

      return { ok: true, value };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);

        return { ok: false, message: `Invalid JSON: ${detail}` };
      }
    default:
      return { ok: true, value: text };
  }
}

/** Formats a default or a bound with the field's unit, e.g. "3 s". */
export function withUnit(value: unknown, field: FieldDescriptor): string {
  let text: string;
  if (typeof value === 'number') {
    text = value.toLocaleString('en-US');
  } else if (typeof value === 'boolean') {
    text = value ? 'on' : 'off';
  } else if (typeof value === 'string') {
    text = value;
  } else {
    text = JSON.stringify(value);
  }

  return field.unit ? `${text} ${field.unit}` : text;
}

/** Describes the allowed range, e.g. "1–900 s", or undefined without bounds. */
export function rangeText(field: FieldDescriptor): string | undefined {
  const { minimum, maximum } = field;
  const unit = field.unit ? ` ${field.unit}` : '';
  const format = (n: number) => n.toLocaleString('en-US');
  if (minimum !== undefined && maximum !== undefined) {
    return `${format(minimum)}–${format(maximum)}${unit}`;
  }
  if (minimum !== undefined) {
    return `at least ${format(minimum)}${unit}`;
  }
  if (maximum !== undefined) {
    return `at most ${format(maximum)}${unit}`;
  }

  return undefined;
}

/** Joins a field path into a stable key. */
export function pathKey(path: readonly string[]): string {
  return path.join('.');
}
