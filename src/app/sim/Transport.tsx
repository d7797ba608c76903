import { useEffect } from 'react';
import { useAppStore } from '../store';
import { formatSeconds } from './format';
import { indexAtTime } from './LineChart';

/** Playback speeds, in simulated seconds per wall-clock second. */
export const SPEEDS = [1, 10, 100, 1000];

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Advances the playhead while playing. With reduced motion the playhead
 * jumps once a second instead of moving every frame.
 */
function usePlayback(t: readonly number[]): void {
  const playing = useAppStore((state) => state.playing);
  useEffect(() => {
    if (!playing || t.length === 0) {
      return;
    }
    const store = useAppStore.getState;
    let time = t[store().playhead] ?? 0;
    let last = performance.now();
    let frame = 0;
    const advance = () => {
      const now = performance.now();
      time += ((now - last) / 1000) * store().speed;
      last = now;
      const end = t[t.length - 1] ?? 0;
      store().setPlayhead(indexAtTime(t, Math.min(time, end)));
      if (time >= end) {
        store().setPlaying(false);
        return false;
      }

      return true;
    };
    if (prefersReducedMotion()) {
      const timer = window.setInterval(() => {
        if (!advance()) {
          window.clearInterval(timer);
        }
      }, 1000);

      return () => window.clearInterval(timer);
    }
    const loop = () => {
      if (advance()) {
        frame = window.requestAnimationFrame(loop);
      }
    };
    frame = window.requestAnimationFrame(loop);

    return () => window.cancelAnimationFrame(frame);
  }, [playing, t]);
}

/** Renders play, pause, step, speed and the scrubber over the latest simulation. */
export function Transport({ t }: { t: readonly number[] }) {
  const playhead = useAppStore((state) => state.playhead);
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const { setPlayhead, setPlaying, setSpeed } = useAppStore.getState();
  usePlayback(t);
  const last = Math.max(0, t.length - 1);
  const now = t[playhead] ?? 0;

  return (
    <div className="sim-transport" role="toolbar" aria-label="Playback">
      <button
        type="button"
        onClick={() => {
          if (!playing && playhead >= last) {
            setPlayhead(0);
          }
          setPlaying(!playing);
        }}
        aria-keyshortcuts="K"
        title={playing ? 'Pause (K)' : 'Play (K)'}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        aria-label="Previous sample"
        aria-keyshortcuts=","
        title="Previous sample (,)"
        onClick={() => setPlayhead(playhead - 1)}
      >
        ‹
      </button>
      <button
        type="button"
        aria-label="Next sample"
        aria-keyshortcuts="."
        title="Next sample (.)"
        onClick={() => setPlayhead(playhead + 1)}
      >
        ›
      </button>
      <label className="sim-transport__speed">
        Speed
        <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value.toLocaleString('en-US')}×
            </option>
          ))}
        </select>
      </label>
      <input
        type="range"
        className="sim-transport__scrubber"
        aria-label="Playhead"
        min={0}
        max={last}
        step={1}
        value={playhead}
        aria-valuetext={formatSeconds(now)}
        onChange={(event) => {
          setPlaying(false);
          setPlayhead(Number(event.target.value));
        }}
      />
      <span className="sim-transport__time" aria-live="off">
        {formatSeconds(now)} of {formatSeconds(t[last] ?? 0)}
      </span>
    </div>
  );
}
