import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine/model';
import { loadFailure } from '../components/load-failure';

/** The samples list or the reason it failed to load, undefined until the menu first opens. */
type SamplesState = { samples: Scenario[] } | { error: string } | undefined;

/** Renders a menu button listing the built-in samples; `onPick` receives the chosen one. */
export function SamplesMenu({ onPick }: { onPick(scenario: Scenario): void }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<SamplesState>();
  const menu = useRef<HTMLDivElement>(null);

  // The samples, with their handler code, load the first time the menu opens.
  useEffect(() => {
    if (!open || loaded) {
      return;
    }
    let current = true;
    import('../../engine/samples').then(
      (module) => current && setLoaded({ samples: module.SAMPLES }),
      (error: unknown) => current && setLoaded({ error: loadFailure('samples list', error) }),
    );

    return () => {
      current = false;
    };
  }, [open, loaded]);

  useEffect(() => {
    if (!open) {
      return;
    }
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open, loaded]);

  useEffect(() => {
    if (!open) {
      return;
    }
    const close = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', close);

    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <span className="samples-menu">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Samples
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label="Samples"
          aria-busy={loaded === undefined}
          className="samples-menu__list"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        >
          {loaded === undefined && (
            <button type="button" role="menuitem" aria-disabled="true">
              Loading the samples…
            </button>
          )}
          {loaded && 'error' in loaded && (
            <button type="button" role="menuitem" aria-disabled="true">
              {loaded.error}
            </button>
          )}
          {loaded &&
            'samples' in loaded &&
            loaded.samples.map((sample) => (
              <button
                key={sample.name}
                type="button"
                role="menuitem"
                title={sample.description}
                onClick={() => {
                  setOpen(false);
                  onPick(sample);
                }}
              >
                {sample.name}
              </button>
            ))}
        </div>
      )}
    </span>
  );
}
