import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { GalleryEntry } from '../../engine/samples/gallery';
import { ConfirmDialog } from '../commands/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { useAppStore } from '../store';
import { GalleryCards } from './GalleryCards';
import { useGalleryStore } from './gallery-store';
import { isUnchangedSample, loadGalleryEntry } from './open-entry';
import './gallery.css';

/**
 * The gallery: a strip above the canvas on a first visit, which hides once
 * the scenario changes, and a dialog opened from the top bar. Opening a card
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

  const load = (entry: GalleryEntry) => {
    setPending(undefined);
    loadGalleryEntry(entry);
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.3, maxZoom: 1.2 }));
  };
  const open = (entry: GalleryEntry) => {
    if (isUnchangedSample(useAppStore.getState().scenario)) {
      load(entry);
    } else {
      setPending(entry);
    }
  };

  return (
    <>
      {welcome && (
        <section className="gallery-strip" aria-label="Scenario gallery">
          <div className="gallery-strip__head">
            <h2>Start from a scenario</h2>
            <button type="button" onClick={() => setWelcome(false)}>
              Hide gallery
            </button>
          </div>
          <GalleryCards onOpen={open} />
        </section>
      )}
      <Dialog
        open={dialogOpen}
        title="Scenario gallery"
        className="gallery-dialog"
        closeLabel="Close gallery"
        closeText="×"
        onClose={() => setDialogOpen(false)}
      >
        <GalleryCards onOpen={open} />
      </Dialog>
      {pending && (
        <ConfirmDialog
          title={`Open ${pending.title}?`}
          message="It replaces your current scenario. You can undo this with Ctrl+Z."
          confirmLabel="Open scenario"
          onCancel={() => setPending(undefined)}
          onConfirm={() => load(pending)}
        />
      )}
    </>
  );
}
