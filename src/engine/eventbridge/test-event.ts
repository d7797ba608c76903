/**
 * The event TestEventPattern accepts: a JSON object with the envelope fields
 * AWS lists as mandatory.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html
 */

/** The message TestEventPattern and PutEvents give for an unusable event. */
export const INVALID_EVENT_MESSAGE = 'Parameter Event is not valid.';

// NOTE: the API reference also lists `resources` as mandatory, but AWS
// accepted recorded TestEventPattern calls whose events had no `resources`.
const MANDATORY_FIELDS = [
  'id',
  'account',
  'source',
  'time',
  'region',
  'detail-type',
];

/**
 * Checks an event given to TestEventPattern; returns the missing fields or
 * the reason it is not an object, or undefined when it is usable.
 */
export function testEventProblem(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return 'the event must be a JSON object.';
  }
  const missing = MANDATORY_FIELDS.filter((field) => !(field in event));
  if (missing.length > 0) {
    return `the event lacks the mandatory field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`;
  }

  return undefined;
}
