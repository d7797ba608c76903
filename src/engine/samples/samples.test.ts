import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { encodeShareUrl } from '../model/share';
import { validateScenario } from '../validate';
import { SAMPLES } from './index';

// Warning codes a sample shows on purpose, keyed by sample name. Every other
// sample must validate with `info` diagnostics at most.
const EXPECTED_WARNINGS: Readonly<Record<string, readonly string[]>> = {};

describe.each(SAMPLES.map((sample) => [sample.name, sample] as const))(
  'sample %s',
  (_name, sample) => {
    it('parses', () => {
      expect(parseScenario(sample).ok).toBe(true);
    });

    it('validates without errors', () => {
      const errors = validateScenario(sample).filter(
        (diagnostic) => diagnostic.severity === 'error',
      );
      expect(errors).toEqual([]);
    });

    it('has only expected warnings', () => {
      const warnings = validateScenario(sample)
        .filter((diagnostic) => diagnostic.severity === 'warning')
        .map((diagnostic) => diagnostic.code);
      expect(warnings).toEqual(EXPECTED_WARNINGS[sample.name] ?? []);
    });

    it('shares in under 2,000 characters', () => {
      expect(encodeShareUrl(sample).length).toBeLessThan(2000);
    });
  },
);

describe('samples', () => {
  it('have unique names', () => {
    const names = SAMPLES.map((sample) => sample.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
