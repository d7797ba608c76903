/**
 * How Lambda reads a function's response when the mapping has
 * `FunctionResponseTypes: ["ReportBatchItemFailures"]`, following "Success
 * and failure conditions" in
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export type BatchResponseVerdict =
  /** Every message is deleted. */
  | { kind: 'success' }
  /** Only the listed messages return to the queue; the rest are deleted. */
  | { kind: 'partial'; failedMessageIds: string[] }
  /** Every message returns to the queue, as if the function had thrown. */
  | { kind: 'failure'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Interprets the response `payload` of a successful invocation of a batch
 * whose messages have `batchMessageIds`.
 */
export function interpretBatchResponse(
  payload: unknown,
  batchMessageIds: readonly string[],
): BatchResponseVerdict {
  // A null response and an empty object both count as complete success.
  if (payload === null || payload === undefined) {
    return { kind: 'success' };
  }
  // NOTE: AWS lists "invalid JSON response" as a complete failure but does not
  // say how a string, number or array is read; they are treated as invalid.
  if (!isRecord(payload)) {
    return {
      kind: 'failure',
      reason: 'the response is not a JSON object with batchItemFailures',
    };
  }
  const failures = payload.batchItemFailures;
  if (failures === null || failures === undefined) {
    return { kind: 'success' };
  }
  if (!Array.isArray(failures)) {
    return { kind: 'failure', reason: 'batchItemFailures is not a list' };
  }
  const known = new Set(batchMessageIds);
  const failed: string[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of failures.entries()) {
    if (!isRecord(entry) || !('itemIdentifier' in entry)) {
      return {
        kind: 'failure',
        reason: `batchItemFailures[${index}] has no itemIdentifier key`,
      };
    }
    const id = entry.itemIdentifier;
    if (id === null || id === '') {
      return {
        kind: 'failure',
        reason: `batchItemFailures[${index}].itemIdentifier is ${id === null ? 'null' : 'empty'}`,
      };
    }
    if (typeof id !== 'string' || !known.has(id)) {
      return {
        kind: 'failure',
        reason: `batchItemFailures[${index}].itemIdentifier ${JSON.stringify(id)} is not a message id of this batch`,
      };
    }
    if (!seen.has(id)) {
      seen.add(id);
      failed.push(id);
    }
  }

  return failed.length === 0 ? { kind: 'success' } : { kind: 'partial', failedMessageIds: failed };
}
