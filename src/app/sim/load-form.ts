import { loadSchema, type ScenarioLoad } from '../../engine/model/load';
import type { Scenario } from '../../engine/model';

/** The load form's fields as typed. */
export interface LoadDraft {
  target: string;
  count: string;
  startSeconds: string;
  /** Empty for a burst. */
  ratePerSecond: string;
  body: string;
}

/** Creates a draft for a new load into `target`. */
export function emptyDraft(target: string): LoadDraft {
  return { target, count: '100', startSeconds: '0', ratePerSecond: '', body: '{"orderId":"o-1"}' };
}

/** Creates the draft that edits an existing load. */
export function draftOf(load: ScenarioLoad): LoadDraft {
  return {
    target: load.target,
    count: String(load.count),
    startSeconds: String(load.startSeconds),
    ratePerSecond: load.ratePerSecond === undefined ? '' : String(load.ratePerSecond),
    body: load.body,
  };
}

const FIELD_TITLES: Record<string, string> = {
  target: 'Queue',
  count: 'Messages',
  startSeconds: 'Start',
  ratePerSecond: 'Rate',
  body: 'Body',
};

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Checks a draft against the scenario's load schema and its queues; returns
 * the load, or one message per invalid field.
 */
export function parseDraft(
  scenario: Scenario,
  draft: LoadDraft,
  messageGroups = 1,
): { load: ScenarioLoad } | { errors: string[] } {
  const parsed = loadSchema.safeParse({
    target: draft.target,
    count: toNumber(draft.count),
    startSeconds: toNumber(draft.startSeconds),
    ratePerSecond: draft.ratePerSecond.trim() === '' ? undefined : toNumber(draft.ratePerSecond),
    body: draft.body,
    messageGroups,
  });
  const errors: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors.push(`${FIELD_TITLES[field] ?? field}: ${issue.message}`);
    }
  }
  const queue = scenario.nodes.find((node) => node.id === draft.target);
  if (draft.target !== '' && queue?.type !== 'sqs') {
    errors.push(`Queue: "${draft.target}" is not an SQS queue on the canvas; pick one from the list.`);
  }
  if (errors.length > 0 || !parsed.success) {
    return { errors };
  }

  return { load: parsed.data };
}
