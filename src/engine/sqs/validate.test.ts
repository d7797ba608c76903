import { describe, expect, it } from 'vitest';
import { sqsScenario } from '../sim/sqs-scenario';
import { validateSqs } from './validate';

function codes(options: Parameters<typeof sqsScenario>[0]): string[] {
  return validateSqs(sqsScenario(options)).map((diagnostic) => `${diagnostic.severity}:${diagnostic.code}`);
}

describe('validateSqs', () => {
  it('rejects a timeout above the visibility timeout', () => {
    expect(codes({ queue: { VisibilityTimeout: 10 }, lambda: { Timeout: 20 } })).toContain(
      'error:sqs/function-timeout-exceeds-visibility-timeout',
    );
  });

  it('advises six times the function timeout', () => {
    expect(codes({ queue: { VisibilityTimeout: 30 }, lambda: { Timeout: 10 } })).toContain(
      'warning:sqs/visibility-timeout-below-advice',
    );
  });

  it('accepts the advised visibility timeout', () => {
    expect(codes({ queue: { VisibilityTimeout: 60 }, lambda: { Timeout: 10 } })).toEqual([]);
  });

  it('advises maxReceiveCount of at least 5', () => {
    expect(codes({ deadLetterQueue: {}, maxReceiveCount: 2 })).toContain('warning:sqs/max-receive-count-below-advice');
  });

  it('requires a window above 10 messages', () => {
    expect(codes({ mapping: { BatchSize: 11 } })).toContain('error:sqs/batching-window-required');
  });

  it('accepts a window above 10 messages', () => {
    expect(codes({ mapping: { BatchSize: 11, MaximumBatchingWindowInSeconds: 1 } })).toEqual([]);
  });

  it('limits FIFO batches to 10', () => {
    expect(codes({ queue: { FifoQueue: true }, mapping: { BatchSize: 20, MaximumBatchingWindowInSeconds: 1 } })).toContain(
      'error:sqs/fifo-batch-size',
    );
  });

  it('rejects a FIFO batching window', () => {
    expect(codes({ queue: { FifoQueue: true }, mapping: { MaximumBatchingWindowInSeconds: 1 } })).toContain(
      'error:sqs/fifo-batching-window',
    );
  });

  it('rejects a standard dead-letter queue for FIFO', () => {
    expect(codes({ queue: { FifoQueue: true }, deadLetterQueue: {} })).toContain('error:sqs/dead-letter-queue-type');
  });

  it('warns about MaximumConcurrency above reserved', () => {
    expect(
      codes({ lambda: { ReservedConcurrentExecutions: 5 }, mapping: { ScalingConfig: { MaximumConcurrency: 10 } } }),
    ).toContain('warning:sqs/maximum-concurrency-above-reserved');
  });

  it('rejects a load to a function', () => {
    expect(codes({ loads: [{ target: 'fn', count: 1 }] })).toContain('error:load/target-not-queue');
  });

  it('rejects a FIFO name without .fifo', () => {
    expect(codes({ queue: { FifoQueue: true, QueueName: 'orders' } })).toContain('error:sqs/fifo-queue-name');
  });

  it('names the field at fault', () => {
    const [diagnostic] = validateSqs(sqsScenario({ mapping: { BatchSize: 11 } }));
    expect(diagnostic?.field).toBe('MaximumBatchingWindowInSeconds');
  });
});
