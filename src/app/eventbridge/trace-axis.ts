/**
 * The time axis of the trace waterfall. Long virtual waits (retry delays,
 * backoff) would leave the real work as slivers, so every stretch of time in
 * which only `Wait …` spans run is folded to a fixed share of the width.
 */
import type { TraceSpan } from '../../engine/run/types';

/** Waits shorter than this stay to scale. */
const MIN_FOLD_MS = 1000;
/** Width of one folded wait, in percent of the axis. */
const FOLD_WIDTH = 10;
/** Maximum width all folded waits take together, in percent. */
const MAX_FOLDED_WIDTH = 50;

/** Positions on the waterfall, in percent of its width. */
export interface TraceAxis {
  position(ms: number): number;
  /** Tells whether a span lies inside a folded stretch of time. */
  isFolded(span: TraceSpan): boolean;
  /** Number of folded stretches. */
  foldCount: number;
}

type Interval = [start: number, end: number];

function isWait(span: TraceSpan): boolean {
  return span.label.startsWith('Wait ');
}

/** Subtracts the active intervals from one wait interval. */
function idleParts(wait: Interval, active: Interval[]): Interval[] {
  let parts: Interval[] = [wait];
  for (const [start, end] of active) {
    parts = parts.flatMap(([a, b]): Interval[] => {
      if (end <= a || start >= b) {
        return [[a, b]];
      }
      return [[a, start] as Interval, [end, b] as Interval].filter(([x, y]) => y > x);
    });
  }

  return parts;
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }

  return merged;
}

/** Builds the axis for a trace. Without long waits it is linear. */
export function traceAxis(trace: readonly TraceSpan[]): TraceAxis {
  const start = Math.min(...trace.map((span) => span.startMs));
  const end = Math.max(...trace.map((span) => span.endMs));
  const total = Math.max(end - start, 0.001);
  const parents = new Set(trace.map((span) => span.parentId));
  // Leaf spans that are not waits: the time in which something ran.
  const active = trace
    .filter((span) => !isWait(span) && !parents.has(span.id))
    .map((span): Interval => [span.startMs, span.endMs]);
  const folds = merge(
    trace
      .filter(isWait)
      .flatMap((span) => idleParts([span.startMs, span.endMs], active)),
  ).filter(([a, b]) => b - a >= MIN_FOLD_MS);
  const foldedMs = folds.reduce((sum, [a, b]) => sum + (b - a), 0);
  const foldWidth = Math.min(FOLD_WIDTH, MAX_FOLDED_WIDTH / Math.max(folds.length, 1));
  const restMs = total - foldedMs;
  const restWidth = 100 - foldWidth * folds.length;
  const scale = restMs > 0 ? restWidth / restMs : 0;

  const position = (ms: number): number => {
    let at = 0;
    let cursor = start;
    for (const [a, b] of folds) {
      if (ms <= a) {
        break;
      }
      at += (a - cursor) * scale;
      if (ms < b) {
        return at + ((ms - a) / (b - a)) * foldWidth;
      }
      at += foldWidth;
      cursor = b;
    }

    return Math.min(100, at + (ms - cursor) * (folds.length === 0 ? 100 / total : scale));
  };

  return {
    position,
    isFolded: (span) => folds.some(([a, b]) => span.startMs >= a && span.endMs <= b && span.endMs > span.startMs),
    foldCount: folds.length,
  };
}
