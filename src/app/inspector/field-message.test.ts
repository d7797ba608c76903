import { describe, expect, it } from 'vitest';
import {
  NODE_CONFIG_SCHEMAS,
  nodeFields,
  type FieldDescriptor,
} from '../../engine/model';
import { fieldMessage, numberAdvice, type FieldIssue } from './field-message';

function lambdaField(name: string): FieldDescriptor {
  const field = nodeFields('lambda').find((item) => item.path.join('.') === name);
  if (!field) {
    throw new Error(`lambda has no field ${name}`);
  }

  return field;
}

/** The first issue the real Lambda schema raises for one field value. */
function lambdaIssue(name: string, value: unknown): FieldIssue {
  const parsed = NODE_CONFIG_SCHEMAS.lambda.safeParse({ [name]: value });
  const issue = parsed.error?.issues[0];
  if (!issue) {
    throw new Error(`${name}=${String(value)} passed the schema`);
  }

  return issue as FieldIssue;
}

describe('field messages', () => {
  it('timeout above range gives range', () => {
    const issue = lambdaIssue('Timeout', 901);
    expect(fieldMessage(issue, lambdaField('Timeout'))).toBe(
      'Use a whole number from 1 to 900 (s).',
    );
  });

  it('timeout below range gives range', () => {
    const issue = lambdaIssue('Timeout', 0);
    expect(fieldMessage(issue, lambdaField('Timeout'))).toBe(
      'Use a whole number from 1 to 900 (s).',
    );
  });

  it('fraction asks for whole number', () => {
    const issue = lambdaIssue('Timeout', 2.5);
    expect(fieldMessage(issue, lambdaField('Timeout'))).toContain('whole number');
  });

  it('memory advice uses its unit', () => {
    expect(numberAdvice(lambdaField('MemorySize'))).toBe(
      'Use a whole number from 128 to 10,240 (MB).',
    );
  });

  it('lower bound only', () => {
    const field: FieldDescriptor = { path: ['n'], title: 'N', kind: 'number', minimum: 0, required: false };
    expect(numberAdvice(field)).toBe('Use a number of at least 0.');
  });

  it('schema rule text becomes sentence', () => {
    const issue = lambdaIssue('FunctionName', 'has space');
    expect(fieldMessage(issue, lambdaField('FunctionName'))).toBe(
      'Use 1 to 64 letters, digits, hyphens or underscores.',
    );
  });

  it('enum lists the options', () => {
    const issue: FieldIssue = { code: 'invalid_value', message: 'Invalid option', values: ['a', 'b'] };
    expect(fieldMessage(issue)).toBe('Choose one of a, b.');
  });

  it('raw zod wording is not shown', () => {
    const issue = lambdaIssue('Timeout', 901);
    expect(fieldMessage(issue, lambdaField('Timeout'))).not.toContain('expected');
  });
});
