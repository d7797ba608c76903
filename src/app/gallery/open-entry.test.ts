import { describe, expect, it } from 'vitest';
import { GALLERY } from '../../engine/samples/gallery';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { useAppStore } from '../store';
import { useGalleryStore } from './gallery-store';
import { isUnchangedSample, loadGalleryEntry } from './open-entry';

describe('isUnchangedSample', () => {
  it('accepts a built-in sample', () => {
    expect(isUnchangedSample(ALB_HELLO_SAMPLE)).toBe(true);
  });

  it('accepts an equal copy', () => {
    expect(isUnchangedSample(structuredClone(ALB_HELLO_SAMPLE))).toBe(true);
  });

  it('rejects an edited sample', () => {
    expect(isUnchangedSample({ ...ALB_HELLO_SAMPLE, name: 'mine' })).toBe(false);
  });

  it('accepts an empty canvas', () => {
    expect(isUnchangedSample({ ...ALB_HELLO_SAMPLE, nodes: [], edges: [] })).toBe(true);
  });
});

describe('loadGalleryEntry', () => {
  const entry = GALLERY.find((item) => item.id === 'route53-failover');
  if (!entry) throw new Error('route53-failover is missing from the gallery');

  it('replaces the scenario', () => {
    loadGalleryEntry(entry);
    expect(useAppStore.getState().scenario).toBe(entry.scenario);
  });

  it('shows the try-this step', () => {
    loadGalleryEntry(entry);
    expect(useAppStore.getState().banner?.message).toContain(`Try this: ${entry.tryThis}`);
  });

  it('closes the welcome strip', () => {
    useGalleryStore.getState().setWelcome(true);
    loadGalleryEntry(entry);
    expect(useGalleryStore.getState().welcome).toBe(false);
  });
});
