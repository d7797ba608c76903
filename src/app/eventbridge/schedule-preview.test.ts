import { describe, expect, it } from 'vitest';
import { formatFiring, previewSchedule } from './schedule-preview';

const FROM = Date.parse('2024-01-01T12:02:30Z');

describe('previewSchedule', () => {
  it('rate lists ten firings', () => {
    const preview = previewSchedule('rate(5 minutes)', FROM);
    expect(preview.ok && preview.times).toHaveLength(10);
  });

  it('rate starts one period later', () => {
    const preview = previewSchedule('rate(5 minutes)', FROM);
    expect(preview.ok && preview.times[0]).toBe('Mon 2024-01-01 12:07 UTC');
  });

  it('cron fires on its minutes', () => {
    const preview = previewSchedule('cron(0 12 * * ? *)', FROM, 2);
    expect(preview.ok && preview.times).toEqual(['Tue 2024-01-02 12:00 UTC', 'Wed 2024-01-03 12:00 UTC']);
  });

  it('plural unit for one rejected', () => {
    const preview = previewSchedule('rate(1 minutes)', FROM);
    expect(!preview.ok && preview.message).toBe(
      'Parameter ScheduleExpression is not valid. The unit must be "minute" for the value 1, as in rate(1 minute).',
    );
  });
});

describe('formatFiring', () => {
  it('names the weekday in UTC', () => {
    expect(formatFiring(Date.parse('2024-03-03T23:59:00Z'))).toBe('Sun 2024-03-03 23:59 UTC');
  });
});
