import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/keyboard';
import { loadFailure } from '../components/load-failure';
import { useAppStore } from '../store';

/** Loads the simulation runner on first use, then starts a simulation. */
function simulate(): void {
  void import('./run-simulation').then(
    (module) => module.startSimulation(),
    (error: unknown) =>
      useAppStore.getState().setBanner({
        tone: 'error',
        message: loadFailure('simulator', error),
      }),
  );
}

/**
 * Installs the simulation keys: Ctrl/Cmd+Shift+Enter simulates; K plays or
 * pauses; comma and period step one sample, outside text fields.
 */
function useSimulationShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey) {
        event.preventDefault();
        simulate();
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
      onClick={simulate}
      title="Simulate the scenario's loads (Ctrl+Shift+Enter)"
      aria-keyshortcuts="Control+Shift+Enter"
      aria-busy={running}
    >
      {running ? 'Simulating…' : 'Simulate'}
    </button>
  );
}
