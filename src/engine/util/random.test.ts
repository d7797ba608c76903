import { describe, expect, it } from 'vitest';
import { createSeededRandom, randomHex, randomUuid, stableHex } from './random';

describe('random helpers', () => {
  it('repeats sequence for one seed', () => {
    const a = createSeededRandom(5);
    const b = createSeededRandom(5);

    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('differs between seeds', () => {
    expect(createSeededRandom(1)()).not.toBe(createSeededRandom(2)());
  });

  it('stays within unit interval', () => {
    const random = createSeededRandom(9);
    const values = Array.from({ length: 1000 }, random);

    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('formats uuid v4', () => {
    expect(randomUuid(createSeededRandom(3))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('returns requested hex length', () => {
    expect(randomHex(createSeededRandom(3), 24)).toMatch(/^[0-9a-f]{24}$/);
  });

  it('derives stable hex from text', () => {
    expect(stableHex('tg', 16)).toBe(stableHex('tg', 16));
    expect(stableHex('tg', 16)).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHex('tg', 16)).not.toBe(stableHex('tg2', 16));
  });
});
