import { create } from 'zustand';
import { createRunSlice, type RunSlice } from './run-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** The whole app state: one store built from slices. */
export type AppState = ScenarioSlice & RunSlice & UiSlice;

/** The app's store; read it through narrow selectors. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createRunSlice(...args),
  ...createUiSlice(...args),
}));
