import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/keyboard';
import { useAppStore } from '../store';
import { startSimulation } from './run-simulation';

/**
 * Installs the simulation keys: Ctrl/Cmd+Shift+Enter simulates; K plays or
 * pauses; comma and period step one sample, outside text fields.
 */
function useSimulationShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey) {
        event.preventDefault();
        void startSimulation();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) {
        return;
      }
      const store = useAppStore.getState();
      if (!store.sim.outcome) {
        return;
      }
      if (event.key === 'k' || event.key === 'K') {
        event.preventDefault();
        store.setPlaying(!store.playing);
      } else if (event.key === '.') {
        event.preventDefault();
        store.setPlaying(false);
        store.setPlayhead(store.playhead + 1);
      } else if (event.key === ',') {
        event.preventDefault();
        store.setPlaying(false);
        store.setPlayhead(store.playhead - 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);

    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Renders the top bar's Simulate button and installs the simulation shortcuts. */
export function SimulateButton() {
  const running = useAppStore((state) => state.sim.status === 'running');
  useSimulationShortcuts();

  return (
    <button
      type="button"
      onClick={() => void startSimulation()}
      title="Simulate the scenario's loads (Ctrl+Shift+Enter)"
      aria-keyshortcuts="Control+Shift+Enter"
      aria-busy={running}
    >
      {running ? 'Simulating…' : 'Simulate'}
    </button>
  );
}
