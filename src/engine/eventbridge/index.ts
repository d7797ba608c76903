/** EventBridge: event patterns, schedule expressions and delivered events. */

/** Tells whether a parsed event matches a parsed event pattern. */
export { matchEventPattern } from './pattern-match';
/** Checks a parsed event pattern, returning EventBridge's reason if invalid. */
export { validateEventPattern } from './pattern-match';
/** Matches a parsed event against a pattern from `compileEventPattern`. */
export { matchCompiledPattern } from './pattern-match';
/** Validates and compiles an event pattern for repeated matching. */
export { compileEventPattern } from './pattern-compile';
/** An invalid event pattern with AWS's reason; the compiled pattern type. */
export { EventPatternError, type CompiledPattern } from './pattern-types';
/** Parses a `rate()` or `cron()` schedule expression. */
export { parseScheduleExpression } from './schedule';
/** Lists the next firing times of a parsed schedule expression. */
export { nextFirings } from './schedule';
/** The PutRule message for an invalid schedule expression; schedule types. */
export {
  INVALID_SCHEDULE_MESSAGE,
  type ScheduleExpression,
  type ScheduleParseResult,
} from './schedule-types';
/** Builds the event delivered for one PutEvents entry, or PutEvents' error. */
export { buildEventBridgeEvent } from './put-events';
/** PutEvents entry and error types and the per-entry size limit. */
export {
  MAX_ENTRY_BYTES,
  putEventsEntrySize,
  type PutEventsEntry,
  type PutEventsEntryError,
} from './put-events';
/** Builds the event a scheduled rule delivers when it fires. */
export { buildScheduledEvent } from './scheduled-event';
/** Rule ARNs and PutRule's rule-name check. */
export { ruleArn, ruleNameProblem } from './scheduled-event';
/** The delivered event, the context that builds it, and its time format. */
export {
  formatEventTime,
  type EventBridgeContext,
  type EventBridgeEvent,
} from './event-types';
/** TestEventPattern's check of the event and its error message. */
export { INVALID_EVENT_MESSAGE, testEventProblem } from './test-event';
/** Explains which field of an event fails a pattern, and why. */
export {
  explainEventPattern,
  type PatternExplanation,
} from './explain';
