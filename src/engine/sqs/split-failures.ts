import type { ItemFailures } from '../lambda/outcome-model';
import { takeFront, type MessageRun } from './message-run';

/** Half-open ranges [start, end) of batch positions, sorted and disjoint. */
function failedRanges(failures: ItemFailures, size: number): [number, number][] {
  switch (failures.kind) {
    case 'count':
      return failures.count > 0 ? [[0, Math.min(size, failures.count)]] : [];
    case 'from':
      return failures.index < size ? [[failures.index, size]] : [];
    case 'indices': {
      const sorted = [...new Set(failures.indices)].sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      for (const index of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === index) {
          last[1] = index + 1;
        } else {
          ranges.push([index, index + 1]);
        }
      }
      return ranges;
    }
  }
}

/**
 * Splits a batch's runs into the messages the function reported as failed
 * and the ones it processed, keeping batch order in both lists.
 */
export function splitFailed(
  runs: readonly MessageRun[],
  size: number,
  failures: ItemFailures,
): { failed: MessageRun[]; succeeded: MessageRun[] } {
  const ranges = failedRanges(failures, size);
  const failed: MessageRun[] = [];
  const succeeded: MessageRun[] = [];
  let position = 0;
  let rangeIndex = 0;
  for (const original of runs) {
    const run = { ...original };
    while (run.count > 0) {
      const range = ranges[rangeIndex];
      if (!range) {
        succeeded.push(run);
        position += run.count;
        break;
      }
      if (position < range[0]) {
        const piece = takeFront(run, range[0] - position);
        succeeded.push(piece);
        position += piece.count;
        continue;
      }
      const piece = takeFront(run, range[1] - position);
      failed.push(piece);
      position += piece.count;
      if (position >= range[1]) {
        rangeIndex += 1;
      }
    }
  }

  return { failed, succeeded };
}
