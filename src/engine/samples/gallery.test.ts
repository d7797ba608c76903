import { afterAll, describe, expect, it } from 'vitest';
import { createNodeExecutor } from '../../runtime/node/node-executor';
import { parseScenario } from '../model';
import { encodeShareUrl } from '../model/share';
import { validateScenario } from '../validate';
import { GALLERY } from './gallery';
import { checkGalleryEntry } from './gallery-check';
import { SAMPLES } from './index';

const executor = createNodeExecutor();
afterAll(async () => {
  await executor.dispose();
});

describe.each(GALLERY.map((entry) => [entry.id, entry] as const))('gallery %s', (_id, entry) => {
  it('parses', () => {
    expect(parseScenario(entry.scenario).ok).toBe(true);
  });

  it('validates without errors', () => {
    const errors = validateScenario(entry.scenario).filter(
      (diagnostic) => diagnostic.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('shares in under 2,000 characters', () => {
    expect(encodeShareUrl(entry.scenario).length).toBeLessThan(2000);
  });

  it('keeps its promise', async () => {
    expect(await checkGalleryEntry(entry, executor)).toBeUndefined();
  });
});

describe('gallery', () => {
  it('has unique ids', () => {
    const ids = GALLERY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('entries are in SAMPLES', () => {
    const missing = GALLERY.filter((entry) => !SAMPLES.includes(entry.scenario)).map(
      (entry) => entry.id,
    );
    expect(missing).toEqual([]);
  });

  it('prints share link lengths', () => {
    const lengths = Object.fromEntries(
      GALLERY.map((entry) => [entry.id, encodeShareUrl(entry.scenario).length]),
    );
    console.log('share link lengths', lengths);
    expect(Math.max(...Object.values(lengths))).toBeLessThan(2000);
  });
});
