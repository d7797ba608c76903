import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine/model';
import { SAMPLES } from '../../engine/samples';

/** Renders a menu button listing the built-in samples; `onPick` receives the chosen one. */
export function SamplesMenu({ onPick }: { onPick(scenario: Scenario): void }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) {
      return;
    }
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
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
          className="samples-menu__list"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        >
          {SAMPLES.map((sample) => (
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
