import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpretBatchResponse } from './batch-response';

const IDS = ['m-1', 'm-2'];
const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/aws-events/sqs');

describe('interpretBatchResponse success cases', () => {
  it('empty list is success', () => {
    expect(interpretBatchResponse({ batchItemFailures: [] }, IDS).kind).toBe('success');
  });

  it('null list is success', () => {
    expect(interpretBatchResponse({ batchItemFailures: null }, IDS).kind).toBe('success');
  });

  it('empty object is success', () => {
    expect(interpretBatchResponse({}, IDS).kind).toBe('success');
  });

  it('null response is success', () => {
    expect(interpretBatchResponse(null, IDS).kind).toBe('success');
  });

  it('no response is success', () => {
    expect(interpretBatchResponse(undefined, IDS).kind).toBe('success');
  });
});

describe('interpretBatchResponse partial failures', () => {
  it('lists the reported message', () => {
    expect(interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: 'm-2' }] }, IDS)).toEqual({
      kind: 'partial',
      failedMessageIds: ['m-2'],
    });
  });

  it('lists a duplicate once', () => {
    const verdict = interpretBatchResponse(
      { batchItemFailures: [{ itemIdentifier: 'm-1' }, { itemIdentifier: 'm-1' }] },
      IDS,
    );
    expect(verdict).toEqual({ kind: 'partial', failedMessageIds: ['m-1'] });
  });

  it('reads the AWS sample response', () => {
    const sample = JSON.parse(readFileSync(path.join(FIXTURE, 'lambda-java-libs__sqs_batch_response.json'), 'utf8'));
    const verdict = interpretBatchResponse(sample, ['059f36b4-87a3-44ab-83d2-661975830a7d', 'other']);
    expect(verdict).toEqual({ kind: 'partial', failedMessageIds: ['059f36b4-87a3-44ab-83d2-661975830a7d'] });
  });
});

describe('interpretBatchResponse complete failures', () => {
  const cases: [string, unknown][] = [
    ['empty itemIdentifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['null itemIdentifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['wrong key', { batchItemFailures: [{ foo: 'notvalid' }] }],
    ['unknown message id', { batchItemFailures: [{ itemIdentifier: 'm-9' }] }],
    ['numeric itemIdentifier', { batchItemFailures: [{ itemIdentifier: 2 }] }],
    ['list that is not a list', { batchItemFailures: 'm-1' }],
    ['entry that is not an object', { batchItemFailures: ['m-1'] }],
    ['string response', 'ok'],
    ['one bad entry among good ones', { batchItemFailures: [{ itemIdentifier: 'm-1' }, { itemIdentifier: '' }] }],
  ];
  for (const [name, payload] of cases) {
    it(`${name} fails the batch`, () => {
      expect(interpretBatchResponse(payload, IDS).kind).toBe('failure');
    });
  }
});
