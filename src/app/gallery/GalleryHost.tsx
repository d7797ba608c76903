import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { GalleryEntry } from '../../engine/samples/gallery';
import { ConfirmDialog } from '../commands/ConfirmDialog';
import { useAppStore } from '../store';
import { GalleryCards } from './GalleryCards';
import { useGalleryStore } from './gallery-store';
import { isUnchangedSample, loadGalleryEntry } from './open-entry';
import './gallery.css';

function GalleryDialog({ onOpen }: { onOpen(entry: GalleryEntry): void }) {
  const setDialogOpen = useGalleryStore((state) => state.setDialogOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog gallery-dialog"
      aria-labelledby="gallery-title"
      onCancel={(event) => {
        event.preventDefault();
        setDialogOpen(false);
      }}
    >
      <div className="gallery-dialog__head">
        <h2 id="gallery-title">Scenario gallery</h2>
        <button type="button" aria-label="Close gallery" onClick={() => setDialogOpen(false)}>
          ×
        </button>
      </div>
      <GalleryCards onOpen={onOpen} />
    </dialog>
  );
}

/**
 * The gallery: a strip above the canvas on a first visit, which hides once
 * the scenario changes, and a dialog opened from the top bar. Opening a card
 * requests confirmation when it would replace the person's own work.
 */
export function GalleryHost() {
  const welcome = useGalleryStore((state) => state.welcome);
  const dialogOpen = useGalleryStore((state) => state.dialogOpen);
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
      {dialogOpen && <GalleryDialog onOpen={open} />}
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
