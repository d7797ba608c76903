import { create } from 'zustand';
import { createSimSlice, type SimSlice } from '../sim/sim-slice';
import { createRunSlice, type RunSlice } from './run-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** The whole app state: one store built from slices. */
export type AppState = ScenarioSlice & RunSlice & UiSlice & SimSlice;

/** The app's store; read it through narrow selectors. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createRunSlice(...args),
  ...createUiSlice(...args),
  ...createSimSlice(...args),
}));
