import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** Requests sent, their results, and the scenario's problems. */
export interface RunSlice {
  running: boolean;
}

// NOTE: placeholder until the run panel work lands.
export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = () => ({
  running: false,
});
