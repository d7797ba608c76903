import type { RunResult, TraceSpan } from '../../engine/run/types';

/** Finds the root span of a PutEvents run, which contains the whole delivery chain. */
function putEventsRoot(result: RunResult): TraceSpan | undefined {
  return result.trace.find(
    (span) => span.parentId === undefined && span.label.startsWith('PutEvents'),
  );
}

/**
 * Returns how long the client waited for the response, in virtual ms.
 * PutEvents responds once the bus accepts the event, before any rule target
 * runs, so its latency ends with the event built, not with the deliveries.
 */
export function responseDurationMs(result: RunResult | undefined): number | undefined {
  const trace = result?.trace;
  if (!trace || trace.length === 0) {
    return result?.invocations[0]?.durationMs;
  }
  const root = putEventsRoot(result);
  if (root) {
    const accepted = trace.filter((span) => span.parentId === root.id && span.label === 'Event built');

    return Math.max(root.startMs, ...accepted.map((span) => span.endMs)) - root.startMs;
  }

  return Math.max(...trace.map((span) => span.endMs)) - Math.min(...trace.map((span) => span.startMs));
}

/** Returns the virtual time the asynchronous deliveries of a PutEvents run took, if any. */
export function asyncChainMs(result: RunResult): number | undefined {
  const root = putEventsRoot(result);
  if (!root) {
    return undefined;
  }
  const end = Math.max(...result.trace.map((span) => span.endMs));

  return end > root.startMs ? end - root.startMs : undefined;
}
