import { describe, expect, it } from 'vitest';
import { nodeFields, type FieldDescriptor } from '../../engine/model';
import { parseInputText, rangeText, withUnit } from './field-value';

function lambdaField(name: string): FieldDescriptor {
  const field = nodeFields('lambda').find((item) => item.path.join('.') === name);
  if (!field) {
    throw new Error(`lambda has no field ${name}`);
  }

  return field;
}

describe('field values', () => {
  it('empty text means default', () => {
    expect(parseInputText('  ', lambdaField('Timeout'))).toEqual({ ok: true, value: undefined });
  });

  it('number text parses', () => {
    expect(parseInputText('30', lambdaField('Timeout'))).toEqual({ ok: true, value: 30 });
  });

  it('invalid JSON is reported', () => {
    const field: FieldDescriptor = { path: ['Conditions'], title: 'Rule conditions', kind: 'json', required: false };
    const parsed = parseInputText('[{', field);
    expect(parsed.ok).toBe(false);
  });

  it('range includes unit', () => {
    expect(rangeText(lambdaField('Timeout'))).toBe('1–900 s');
  });

  it('default includes unit', () => {
    expect(withUnit(3, lambdaField('Timeout'))).toBe('3 s');
  });
});

describe('number text', () => {
  it('fraction in integer field invalid', () => {
    const parsed = parseInputText('2.5', lambdaField('Timeout'));
    expect(parsed).toEqual({
      ok: false,
      message: 'Timeout must be a whole number (got 2.5). Use a whole number from 1 to 900 (s).',
    });
  });

  it('letters in number field invalid', () => {
    const parsed = parseInputText('1e', lambdaField('Timeout'));
    expect(parsed.ok).toBe(false);
  });
});
