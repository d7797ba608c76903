import type { Scenario } from '../../engine/model';
import { useAppStore } from '../store';
import { saveStored } from './storage';

/** Quiet time after the last edit before the scenario is written. */
export const AUTOSAVE_DELAY_MS = 400;

/** Saves the scenario to localStorage after edits; returns the unsubscribe. */
export function startAutosave(storage: Storage): () => void {
  let timer: number | undefined;
  let pending: Scenario | undefined;

  const flush = () => {
    timer = undefined;
    if (!pending) {
      return;
    }
    const scenario = pending;
    pending = undefined;
    try {
      saveStored(storage, scenario);
      useAppStore.getState().setSaveStatus({ state: 'saved' });
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      console.error('[autosave] could not write the scenario', cause);
      useAppStore.getState().setSaveStatus({
        state: 'failed',
        message: `Not saved: the browser refused to store the scenario (${detail}). Export it to keep your work.`,
      });
    }
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) {
      return;
    }
    pending = state.scenario;
    if (state.saveStatus.state !== 'pending') {
      useAppStore.getState().setSaveStatus({ state: 'pending' });
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  // Write what is pending when the tab closes inside the quiet time.
  const onHide = () => flush();
  window.addEventListener('pagehide', onHide);

  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    window.clearTimeout(timer);
  };
}
