/**
 * One numeric cron field: a comma list of `*`, `N`, `N-M` and increments
 * (`N/I`, `N-M/I`, and `*` followed by `/I`). A range whose start is after
 * its end wraps around, as in AWS's example `20-2` for 10 pm to 2 am:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-cron-expressions
 */

/** Bounds and names of one cron field. */
export interface CronFieldSpec {
  name: string;
  min: number;
  max: number;
  /** Names such as JAN or SUN, mapped to their numbers. */
  names?: readonly string[];
  /** Whether a range such as `20-2` may wrap past the maximum. */
  wraps: boolean;
}

/** Reads one value: a number in range or, where the field has them, a name. */
export function parseFieldValue(
  text: string,
  spec: CronFieldSpec,
): number | string {
  const names = spec.names
    ? ` or ${spec.names[0]}-${spec.names[spec.names.length - 1]}`
    : '';
  const problem = `${spec.name} must be ${spec.min}-${spec.max}${names}; got "${text}".`;
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value < spec.min || value > spec.max ? problem : value;
  }
  // NOTE: names are accepted in any case; AWS documents them in uppercase.
  const index = spec.names?.indexOf(text.toUpperCase()) ?? -1;

  return index < 0 ? problem : spec.min + index;
}

function expandItem(
  item: string,
  spec: CronFieldSpec,
  values: Set<number>,
): string | undefined {
  const match = /^([^/]+)(?:\/(.*))?$/.exec(item);
  const [, base = '', incrementText] = match ?? [];
  let step = 1;
  if (incrementText !== undefined) {
    if (!/^\d+$/.test(incrementText) || Number(incrementText) === 0) {
      return `the increment in ${spec.name} "${item}" must be a positive whole number.`;
    }
    step = Number(incrementText);
  }
  let start = spec.min;
  let end = spec.max;
  if (base !== '*') {
    const bounds = base.split('-');
    if (bounds.length > 2) {
      return `${spec.name} has an invalid range "${item}".`;
    }
    const first = parseFieldValue(bounds[0] ?? '', spec);
    if (typeof first === 'string') {
      return first;
    }
    start = first;
    end = incrementText === undefined ? first : spec.max;
    if (bounds.length === 2) {
      const last = parseFieldValue(bounds[1] ?? '', spec);
      if (typeof last === 'string') {
        return last;
      }
      end = last;
    }
  }
  if (start > end && !spec.wraps) {
    return `the range "${item}" in ${spec.name} runs backwards.`;
  }
  const size = spec.max - spec.min + 1;
  const span = start <= end ? end - start : end + size - start;
  for (let offset = 0; offset <= span; offset += step) {
    values.add(((start - spec.min + offset) % size) + spec.min);
  }

  return undefined;
}

/** Parses a numeric cron field into its set of values, or returns a reason. */
export function parseNumericField(
  text: string,
  spec: CronFieldSpec,
): Set<number> | string {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    if (item === '') {
      return `${spec.name} has an empty item in "${text}".`;
    }
    const problem = expandItem(item, spec, values);
    if (problem !== undefined) {
      return problem;
    }
  }

  return values;
}
