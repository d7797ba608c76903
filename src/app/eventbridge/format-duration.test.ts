import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('milliseconds below a second', () => {
    expect(formatDuration(12.34)).toBe('12.3 ms');
  });

  it('seconds below a minute', () => {
    expect(formatDuration(1500)).toBe('1.5 s');
  });

  it('whole minutes', () => {
    expect(formatDuration(120_000)).toBe('2 min');
  });

  it('minutes and seconds', () => {
    expect(formatDuration(61_250)).toBe('1 min 1.3 s');
  });

  it('rounding carries into minutes', () => {
    expect(formatDuration(119_999.99)).toBe('2 min');
  });

  it('just under a minute', () => {
    expect(formatDuration(59_990)).toBe('1 min');
  });
});
