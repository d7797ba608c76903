import type { PointerEvent } from 'react';
import { formatCount, formatSeconds } from './format';

const WIDTH = 600;
const HEIGHT = 100;

export interface LineChartProps {
  title: string;
  t: readonly number[];
  values: readonly number[];
  /** End of the shared time axis, simulated seconds. */
  endSeconds: number;
  playhead: number;
  onSeek(index: number): void;
}

/** Index of the last sample at or before `seconds`. */
export function indexAtTime(t: readonly number[], seconds: number): number {
  let low = 0;
  let high = t.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((t[middle] ?? 0) <= seconds) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }

  return Math.max(0, low);
}

/** Builds a step line, because each value stays until the next sample. */
function stepPath(t: readonly number[], values: readonly number[], endSeconds: number, max: number): string {
  const x = (seconds: number) => (endSeconds > 0 ? (seconds / endSeconds) * WIDTH : 0);
  const y = (value: number) => HEIGHT - (max > 0 ? (value / max) * (HEIGHT - 4) : 0);
  const parts: string[] = [];
  values.forEach((value, index) => {
    const start = x(t[index] ?? 0);
    const end = x(t[index + 1] ?? endSeconds);
    parts.push(`${index === 0 ? 'M' : 'L'}${start.toFixed(1)},${y(value).toFixed(1)}`);
    parts.push(`L${end.toFixed(1)},${y(value).toFixed(1)}`);
  });

  return parts.join(' ');
}

/**
 * Draws one series over simulated time as SVG with a playhead. Pressing or
 * dragging on the chart moves the playhead.
 */
export function LineChart({ title, t, values, endSeconds, playhead, onSeek }: LineChartProps) {
  let max = 0;
  let maxIndex = 0;
  values.forEach((value, index) => {
    if (value > max) {
      max = value;
      maxIndex = index;
    }
  });
  const now = values[playhead] ?? 0;
  const playheadX = endSeconds > 0 ? ((t[playhead] ?? 0) / endSeconds) * WIDTH : 0;
  const label =
    `${title}: ${formatCount(now)} at ${formatSeconds(t[playhead] ?? 0)}; ` +
    `peak ${formatCount(max)} at ${formatSeconds(t[maxIndex] ?? 0)}.`;

  const seek = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    onSeek(indexAtTime(t, fraction * endSeconds));
  };

  return (
    <figure className="sim-chart">
      <figcaption>
        <span>{title}</span>
        <span className="sim-chart__value">
          {formatCount(now)} <span className="run-muted">(peak {formatCount(max)})</span>
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          seek(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons === 1) {
            seek(event);
          }
        }}
      >
        <path className="sim-chart__line" d={stepPath(t, values, endSeconds, max)} vectorEffect="non-scaling-stroke" />
        <line
          className="sim-chart__playhead"
          x1={playheadX}
          x2={playheadX}
          y1={0}
          y2={HEIGHT}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </figure>
  );
}
