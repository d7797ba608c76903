/**
 * The PutEvents entry being composed for one bus, kept as the texts of the
 * form, and its conversion to the entry the engine receives.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
 */
import type { PutEventsEntry } from '../../engine/eventbridge';
import type { Scenario, ScenarioNode } from '../../engine/model';

/** The form's fields. `resources` contains one ARN per line. */
export interface EntryDraft {
  source: string;
  detailType: string;
  detail: string;
  resources: string;
  /** ISO-8601 or empty, in which case PutEvents uses the time it receives it. */
  time: string;
}

/** Problems of a draft by field, each a reason PutEvents would reject the entry. */
export interface EntryProblems {
  source?: string;
  detailType?: string;
  detail?: string;
  time?: string;
}

function firstString(pattern: unknown, key: string): string | undefined {
  if (typeof pattern !== 'object' || pattern === null) {
    return undefined;
  }
  const values = (pattern as Record<string, unknown>)[key];
  const first = Array.isArray(values) ? values[0] : undefined;

  return typeof first === 'string' ? first : undefined;
}

function parsedPattern(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Builds the first draft for a bus: Source and DetailType taken from the
 * first rule on the bus that names them, so that the first send matches.
 */
export function defaultEntryDraft(scenario: Scenario, bus: ScenarioNode): EntryDraft {
  const patterns = scenario.edges
    .filter((edge) => edge.source === bus.id)
    .map((edge) => parsedPattern(edge.config.EventPattern));
  const source = patterns.map((pattern) => firstString(pattern, 'source')).find(Boolean);
  const detailType = patterns.map((pattern) => firstString(pattern, 'detail-type')).find(Boolean);

  return {
    source: source ?? 'my.app',
    detailType: detailType ?? 'OrderPlaced',
    detail: '{\n  "orderId": "o-1",\n  "total": 12\n}',
    resources: '',
    time: '',
  };
}

/** Checks a draft as PutEvents would, field by field. */
export function entryProblems(draft: EntryDraft): EntryProblems {
  const problems: EntryProblems = {};
  if (draft.source.trim() === '') {
    problems.source = 'Source is required, for example orders or com.example.shop.';
  }
  if (draft.detailType.trim() === '') {
    problems.detailType = 'DetailType is required, for example OrderPlaced.';
  }
  try {
    const detail: unknown = JSON.parse(draft.detail);
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
      problems.detail = 'Detail must be a JSON object such as {"orderId": "o-1"}. PutEvents rejects anything else with MalformedDetail.';
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.detail = `Detail is not valid JSON (${reason}). PutEvents rejects it with MalformedDetail.`;
  }
  if (draft.time.trim() !== '' && Number.isNaN(Date.parse(draft.time.trim()))) {
    problems.time = 'Time must be ISO-8601, such as 2024-01-01T12:00:00Z, or empty for the time of sending.';
  }

  return problems;
}

/** Converts a draft to the PutEvents entry, sent as typed so AWS's checks apply. */
export function draftToEntry(draft: EntryDraft): PutEventsEntry {
  const resources = draft.resources
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const time = draft.time.trim();

  return {
    Source: draft.source.trim(),
    DetailType: draft.detailType.trim(),
    Detail: draft.detail,
    ...(resources.length > 0 ? { Resources: resources } : {}),
    ...(time !== '' ? { Time: time } : {}),
  };
}

/** Returns the label of a sent entry in the request history. */
export function entryLabel(draft: EntryDraft): string {
  return `PutEvents ${draft.source.trim() || '(no source)'} · ${draft.detailType.trim() || '(no detail type)'}`;
}
