import { useReactFlow } from '@xyflow/react';
import { lazy, useEffect, useState } from 'react';
import type { GalleryEntry } from '../../engine/samples/gallery';
import { ConfirmDialog } from '../commands/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { LazyPart } from '../components/LazyPart';
import { loadFailure } from '../components/load-failure';
import { useAppStore } from '../store';
import { useGalleryStore } from './gallery-store';
import './gallery.css';

// The gallery's scenarios carry handler code, so they load when first shown.
const GalleryCards = lazy(() =>
  import('./GalleryCards').then((module) => ({ default: module.GalleryCards })),
);

type OpenEntryModule = typeof import('./open-entry');

/** Runs `use` with the gallery's loader module, loaded on first use. */
function withOpenEntry(use: (module: OpenEntryModule) => void): void {
  void import('./open-entry').then(use, (error: unknown) =>
    useAppStore.getState().setBanner({ tone: 'error', message: loadFailure('gallery', error) }),
  );
}

/**
 * Renders the gallery: a strip above the canvas on a first visit, which hides
 * once the scenario changes, and a dialog opened from the top bar. Opening a card
 * requests confirmation when it would replace the person's own work.
 */
export function GalleryHost() {
  const welcome = useGalleryStore((state) => state.welcome);
  const dialogOpen = useGalleryStore((state) => state.dialogOpen);
  const setDialogOpen = useGalleryStore((state) => state.setDialogOpen);
  const setWelcome = useGalleryStore((state) => state.setWelcome);
  const [pending, setPending] = useState<GalleryEntry>();
  const flow = useReactFlow();

  useEffect(() => {
    if (!welcome) {
      return;
    }
    return useAppStore.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario) {
        setWelcome(false);
      }
    });
  }, [welcome, setWelcome]);

  const load = (entry: GalleryEntry, module: OpenEntryModule) => {
    setPending(undefined);
    module.loadGalleryEntry(entry);
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.3, maxZoom: 1.2 }));
  };
  const open = (entry: GalleryEntry) =>
    withOpenEntry((module) => {
      if (module.isUnchangedSample(useAppStore.getState().scenario)) {
        load(entry, module);
      } else {
        setPending(entry);
      }
    });

  return (
    <>
      {welcome && (
        // The strip appears once its cards have loaded, never half drawn.
        <LazyPart name="gallery" fallback={null}>
          <section className="gallery-strip" aria-label="Scenario gallery">
            <div className="gallery-strip__head">
              <h2>Start from a scenario</h2>
              <button type="button" onClick={() => setWelcome(false)}>
                Hide gallery
              </button>
            </div>
            <GalleryCards onOpen={open} />
          </section>
        </LazyPart>
      )}
      <Dialog
        open={dialogOpen}
        title="Scenario gallery"
        className="gallery-dialog"
        closeLabel="Close gallery"
        closeText="×"
        onClose={() => setDialogOpen(false)}
      >
        <LazyPart name="gallery">
          <GalleryCards onOpen={open} />
        </LazyPart>
      </Dialog>
      {pending && (
        <ConfirmDialog
          title={`Open ${pending.title}?`}
          message="It replaces your current scenario. You can undo this with Ctrl+Z."
          confirmLabel="Open scenario"
          onCancel={() => setPending(undefined)}
          onConfirm={() => withOpenEntry((module) => load(pending, module))}
        />
      )}
    </>
  );
}
