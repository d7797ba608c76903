import type { StateCreator } from 'zustand';
import type { ScenarioLoad } from '../../engine/model/load';
import * as history from '../store/history';
import type { SimulateOutcome } from '../../worker/simulate-types';
import type { AppState } from '../store';

/** The state of the latest simulation. */
export type SimStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** The latest simulation: its progress, its outcome, or why it failed. */
export interface SimRun {
  status: SimStatus;
  /** Share of the work done, from 0 to 1, while running. */
  progress: number;
  /** The reason the run failed or stopped early, in words for the person. */
  message?: string;
  outcome?: SimulateOutcome;
}

/** One batch size of "Compare batch sizes". */
export interface CompareRow {
  batchSize: number;
  windowSeconds: number;
  drainSeconds: number | null;
  invocations: number;
  throttles: number;
  /** Estimated Lambda charge for the run, USD. */
  costUsd: number;
  /** The reason the run stopped, when it did not finish. */
  note?: string;
}

export interface CompareState {
  status: 'idle' | 'running' | 'done' | 'failed';
  rows: CompareRow[];
  /** Batch size being simulated while running. */
  current?: number;
  message?: string;
}

/** Simulation results and the playback position over them. */
export interface SimSlice {
  sim: SimRun;
  /** Index of the sample at the playhead. */
  playhead: number;
  playing: boolean;
  /** Simulated seconds per wall-clock second. */
  speed: number;
  compare: CompareState;
  setSim(run: SimRun): void;
  setPlayhead(index: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setCompare(compare: CompareState): void;
  /** Replaces the scenario's loads as one undoable step. */
  setLoads(loads: ScenarioLoad[]): void;
}

export const createSimSlice: StateCreator<AppState, [], [], SimSlice> = (set) => ({
  sim: { status: 'idle', progress: 0 },
  playhead: 0,
  playing: false,
  speed: 10,
  compare: { status: 'idle', rows: [] },
  setSim: (sim) => set({ sim }),
  setPlayhead: (index) =>
    set((state) => {
      const last = (state.sim.outcome?.result.series.t.length ?? 1) - 1;

      return { playhead: Math.min(Math.max(0, Math.round(index)), Math.max(0, last)) };
    }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setCompare: (compare) => set({ compare }),
  setLoads: (loads) =>
    set((state) => ({
      scenario: { ...state.scenario, loads },
      history: history.record(state.history, state.scenario, undefined, Date.now()),
    })),
});
