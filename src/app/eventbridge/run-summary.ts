/**
 * Reads the asynchronous part of a Run from its trace: which rules matched,
 * the attempts Lambda made for each target with the virtual waits between
 * them, and how each event ended. The engine names its spans with fixed
 * labels, which this module parses.
 */
import type { AsyncDelivery } from '../../engine/lambda/async/deliveries';
import type { RunResult, TraceSpan } from '../../engine/run/types';

/** One invocation of the handler for an asynchronous event. */
export interface AttemptRow {
  spanId: string;
  /** 1 for the first invocation. */
  number: number;
  /** The invocation outcome, such as `success` or `error`. */
  outcome: string;
  failed: boolean;
  /** Start, ms from the start of the run. */
  atMs: number;
  durationMs: number;
  /** The virtual wait Lambda kept the event queued before this attempt. */
  waitBeforeMs?: number;
}

/** The attempts made for one event at one function, and how it ended. */
export interface AsyncTargetRun {
  /** Span that queued the event, such as `Rule orders matched → fn`. */
  parentLabel: string;
  /** Id of the function node. */
  functionNodeId: string;
  attempts: AttemptRow[];
  /** `RetriesExhausted` or `EventAgeExceeded` when Lambda gave up. */
  discarded?: string;
}

/** A rule the event matched. */
export interface MatchedRule {
  spanId: string;
  /** Such as `Rule orders matched → fn`. */
  label: string;
  /** EventBridge's failed deliveries to the target, such as throttles. */
  deliveryErrors: string[];
}

/** Asynchronous work of a Run. */
export interface AsyncRunSummary {
  matchedRules: MatchedRule[];
  /** Reason no rule matched, when none did. */
  noMatch?: string;
  targets: AsyncTargetRun[];
  deliveries: AsyncDelivery[];
}

const RULE_LABEL = /^Rule .+ matched → /;
const ATTEMPT_LABEL = /^Attempt (\d+): Lambda invoke \((.+)\)$/;
const WAIT_LABEL = /^Wait \d+ s before retry \d+$/;
const DISCARD_LABEL = /^Event discarded: (.+)$/;
const DELIVERY_ERROR_LABEL = /^Delivery \d+: (?!Invoke)(.+)$/;

/** Finds or adds the target run of an event: one per parent span and function. */
function targetFor(
  targets: Map<string, AsyncTargetRun>,
  span: TraceSpan,
  byId: Map<string, TraceSpan>,
): AsyncTargetRun {
  const key = `${span.parentId ?? ''} ${span.nodeId ?? ''}`;
  let target = targets.get(key);
  if (!target) {
    const parent = span.parentId ? byId.get(span.parentId) : undefined;
    target = {
      parentLabel: parent?.label ?? 'Asynchronous invocation',
      functionNodeId: span.nodeId ?? '',
      attempts: [],
    };
    targets.set(key, target);
  }

  return target;
}

/** Builds the summary of a Run's rules, attempts, waits and deliveries. */
export function summarizeAsyncRun(result: RunResult): AsyncRunSummary {
  const byId = new Map(result.trace.map((span) => [span.id, span]));
  const targets = new Map<string, AsyncTargetRun>();
  const matchedRules: MatchedRule[] = [];
  const waits = new Map<string, number>();
  let noMatch: string | undefined;
  for (const span of result.trace) {
    const key = `${span.parentId ?? ''} ${span.nodeId ?? ''}`;
    const attempt = ATTEMPT_LABEL.exec(span.label);
    const discard = DISCARD_LABEL.exec(span.label);
    const rule = matchedRules.find((item) => item.spanId === span.parentId);
    if (RULE_LABEL.test(span.label)) {
      matchedRules.push({ spanId: span.id, label: span.label, deliveryErrors: [] });
    } else if (span.label.startsWith('No rule on ')) {
      noMatch = span.detail ? `${span.label}. ${span.detail}` : span.label;
    } else if (attempt) {
      const wait = waits.get(key);
      waits.delete(key);
      targetFor(targets, span, byId).attempts.push({
        spanId: span.id,
        number: Number(attempt[1]),
        outcome: attempt[2] ?? '',
        failed: span.status === 'error',
        atMs: span.startMs,
        durationMs: span.endMs - span.startMs,
        ...(wait === undefined ? {} : { waitBeforeMs: wait }),
      });
    } else if (WAIT_LABEL.test(span.label) && span.nodeId) {
      waits.set(key, Math.round(span.endMs - span.startMs));
    } else if (discard && span.nodeId) {
      targetFor(targets, span, byId).discarded = discard[1];
    } else if (rule && DELIVERY_ERROR_LABEL.test(span.label)) {
      rule.deliveryErrors.push(span.detail ?? span.label);
    }
  }

  return {
    matchedRules,
    ...(noMatch === undefined ? {} : { noMatch }),
    targets: [...targets.values()],
    deliveries: result.deliveries ?? [],
  };
}
