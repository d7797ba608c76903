import { describe, expect, it } from 'vitest';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import { defaultEntryDraft, draftToEntry, entryProblems, type EntryDraft } from './entry-draft';

const bus = EVENTBRIDGE_RETRIES_SAMPLE.nodes[0]!;
const DRAFT: EntryDraft = { source: 'orders', detailType: 'OrderPlaced', detail: '{"a":1}', resources: '', time: '' };

describe('defaultEntryDraft', () => {
  it('takes Source from a rule', () => {
    expect(defaultEntryDraft(EVENTBRIDGE_RETRIES_SAMPLE, bus).source).toBe('orders');
  });

  it('reads a pattern given as text', () => {
    const scenario = {
      ...EVENTBRIDGE_RETRIES_SAMPLE,
      edges: [{ id: 'r', source: bus.id, target: 'process-order', config: { EventPattern: '{"source":["shop"]}' } }],
    };
    expect(defaultEntryDraft(scenario, bus).source).toBe('shop');
  });
});

describe('entryProblems', () => {
  it('valid draft has none', () => {
    expect(entryProblems(DRAFT)).toEqual({});
  });

  it('Detail must be JSON', () => {
    expect(entryProblems({ ...DRAFT, detail: '{oops' }).detail).toMatch(/^Detail is not valid JSON/);
  });

  it('Detail must be an object', () => {
    expect(entryProblems({ ...DRAFT, detail: '[1]' }).detail).toMatch(/must be a JSON object/);
  });

  it('Source is required', () => {
    expect(entryProblems({ ...DRAFT, source: ' ' }).source).toMatch(/required/);
  });

  it('Time must parse', () => {
    expect(entryProblems({ ...DRAFT, time: 'tomorrow' }).time).toMatch(/ISO-8601/);
  });
});

describe('draftToEntry', () => {
  it('splits resources by line', () => {
    const entry = draftToEntry({ ...DRAFT, resources: 'arn:a\n\n arn:b ' });
    expect(entry.Resources).toEqual(['arn:a', 'arn:b']);
  });

  it('omits empty Time and Resources', () => {
    expect(Object.keys(draftToEntry(DRAFT))).toEqual(['Source', 'DetailType', 'Detail']);
  });
});
