/**
 * The pattern tester's logic: the rule's pattern against a test event, as
 * EventBridge's TestEventPattern checks them, with the reason for a mismatch.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html
 */
import {
  buildEventBridgeEvent,
  explainEventPattern,
  INVALID_EVENT_MESSAGE,
  testEventProblem,
  validateEventPattern,
  type EventBridgeEvent,
} from '../../engine/eventbridge';
import type { Scenario, ScenarioNode } from '../../engine/model';
import type { RunRecord } from '../store/run-slice';
import { defaultEntryDraft, draftToEntry } from './entry-draft';

/** Result the pattern tester shows. */
export type PatternTestResult =
  | { kind: 'no-pattern' }
  | { kind: 'invalid-pattern'; reason: string }
  | { kind: 'invalid-event'; reason: string }
  | { kind: 'match' }
  | { kind: 'no-match'; field: string; reason: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads `EventPattern` as stored on the edge: JSON text or an object. */
function readPattern(stored: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (typeof stored !== 'string') {
    return { ok: true, value: stored };
  }
  try {
    return { ok: true, value: JSON.parse(stored) as unknown };
  } catch (error) {
    return { ok: false, reason: `The pattern is not valid JSON (${errorText(error)}). Fix it in the Event pattern field.` };
  }
}

/** Tests a rule's stored `EventPattern` against the text of a test event. */
export function testPattern(stored: unknown, eventText: string): PatternTestResult {
  if (stored === undefined || stored === '') {
    return { kind: 'no-pattern' };
  }
  const pattern = readPattern(stored);
  if (!pattern.ok) {
    return { kind: 'invalid-pattern', reason: pattern.reason };
  }
  const valid = validateEventPattern(pattern.value);
  if (!valid.ok) {
    return { kind: 'invalid-pattern', reason: `Event pattern is not valid. Reason: ${valid.reason}` };
  }
  let event: unknown;
  try {
    event = JSON.parse(eventText);
  } catch (error) {
    return { kind: 'invalid-event', reason: `The test event is not valid JSON (${errorText(error)}).` };
  }
  const problem = testEventProblem(event);
  if (problem) {
    return { kind: 'invalid-event', reason: `${INVALID_EVENT_MESSAGE} Reason: ${problem}` };
  }
  const explained = explainEventPattern(pattern.value, event);

  return explained.matches
    ? { kind: 'match' }
    : { kind: 'no-match', field: explained.field, reason: explained.reason };
}

/** Returns the event the newest Run into this bus delivered, if any. */
export function lastBusEvent(runs: readonly RunRecord[], busNodeId: string): EventBridgeEvent | undefined {
  for (const run of runs) {
    if (run.entryNodeId !== busNodeId || !run.result) {
      continue;
    }
    const built = run.result.trace.find((span) => span.label === 'Event built');
    if (built?.payload !== undefined) {
      return built.payload as EventBridgeEvent;
    }
  }

  return undefined;
}

/** Builds a sample event for a bus from the composer's first draft. */
export function sampleBusEvent(
  scenario: Scenario,
  bus: ScenarioNode,
  clock: { now(): number; random(): number },
): EventBridgeEvent | undefined {
  const { region, accountId } = scenario.settings;
  const built = buildEventBridgeEvent(draftToEntry(defaultEntryDraft(scenario, bus)), {
    region,
    accountId,
    now: clock.now,
    random: clock.random,
  });

  return built.ok ? built.value : undefined;
}
