import type { Scenario } from '../../engine/model';
import type { GalleryEntry } from '../../engine/samples/gallery';
import { SAMPLES } from '../../engine/samples';
import { useAppStore } from '../store';
import { useGalleryStore } from './gallery-store';

/**
 * Tells whether replacing a scenario loses nothing: it is empty or an
 * unchanged built-in sample.
 */
export function isUnchangedSample(scenario: Scenario): boolean {
  if (scenario.nodes.length === 0) {
    return true;
  }
  const text = JSON.stringify(scenario);

  return SAMPLES.some((sample) => sample === scenario || JSON.stringify(sample) === text);
}

/** Loads a gallery entry, closes the gallery and shows the entry's "try this" step. */
export function loadGalleryEntry(entry: GalleryEntry): void {
  const store = useAppStore.getState();
  store.replaceScenario(entry.scenario);
  store.setBanner({ tone: 'info', message: `${entry.title}. Try this: ${entry.tryThis}` });
  const gallery = useGalleryStore.getState();
  gallery.setWelcome(false);
  gallery.setDialogOpen(false);
}
