import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

const MIN_HEIGHT = 120;
/** Room kept for the top bar and some canvas when the panel grows. */
const KEEP_ABOVE = 160;
const STEP = 16;
const BIG_STEP = 80;

function clampHeight(height: number): number {
  const max = Math.max(MIN_HEIGHT, window.innerHeight - KEEP_ABOVE);

  return Math.round(Math.min(max, Math.max(MIN_HEIGHT, height)));
}

/** A panel height set by dragging its top edge, and the separator that does it. */
export interface PanelResize {
  /** Height in px once the person has resized; undefined means the CSS default. */
  height?: number;
  handle: ReactNode;
}

/**
 * Makes the bottom panel resizable from its top edge: drag with a pointer, or
 * focus the separator and use the arrow keys (Shift for larger steps), Home
 * and End, as the ARIA window splitter pattern describes.
 */
export function usePanelResize(label: string): PanelResize {
  const [height, setHeight] = useState<number>();
  // The rendered height, for aria-valuenow while the CSS default applies.
  const [measured, setMeasured] = useState<number>();
  const separator = useRef<HTMLDivElement>(null);
  const drag = useRef<{ startY: number; startHeight: number }>(undefined);

  useEffect(() => {
    const panel = separator.current?.parentElement;
    if (!panel) {
      return;
    }
    const observer = new ResizeObserver(() => {
      setMeasured(Math.round(panel.getBoundingClientRect().height));
    });
    observer.observe(panel);

    return () => observer.disconnect();
  }, []);

  const currentHeight = (element: HTMLElement) =>
    height ?? element.parentElement?.getBoundingClientRect().height ?? MIN_HEIGHT;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: currentHeight(event.currentTarget) };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) {
      setHeight(clampHeight(start.startHeight - (event.clientY - start.startY)));
    }
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const now = currentHeight(event.currentTarget);
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number;
    if (event.key === 'ArrowUp') {
      next = now + step;
    } else if (event.key === 'ArrowDown') {
      next = now - step;
    } else if (event.key === 'Home') {
      next = MIN_HEIGHT;
    } else if (event.key === 'End') {
      next = window.innerHeight;
    } else {
      return;
    }
    event.preventDefault();
    setHeight(clampHeight(next));
  };

  const handle = (
    <div
      ref={separator}
      className="panel-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuemin={MIN_HEIGHT}
      aria-valuemax={Math.max(MIN_HEIGHT, window.innerHeight - KEEP_ABOVE)}
      aria-valuenow={height ?? measured}
      aria-valuetext={`${height ?? measured ?? ''} pixels high`}
      tabIndex={0}
      title="Drag, or focus and press the arrow keys, to resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );

  return { height, handle };
}
