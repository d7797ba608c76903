import type { StateCreator } from 'zustand';
import type { Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import type { AppState } from './index';

/** The selected node or edge, if any. */
export interface Selection {
  nodeId?: string;
  edgeId?: string;
}

/** The scenario being edited, its selection and its undo history. */
export interface ScenarioSlice {
  scenario: Scenario;
  selection: Selection;
  select(selection: Selection): void;
  /** Merges `patch` into a node's config as one undoable step. */
  updateNodeConfig(nodeId: string, patch: Record<string, unknown>): void;
}

// NOTE: placeholder until the canvas work lands; it keeps the contract the
// run panel relies on.
export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (
  set,
) => ({
  scenario: ALB_HELLO_SAMPLE,
  selection: {},
  select: (selection) => set({ selection }),
  updateNodeConfig: (nodeId, patch) =>
    set((state) => ({
      scenario: {
        ...state.scenario,
        nodes: state.scenario.nodes.map((node) =>
          node.id === nodeId ? { ...node, config: { ...node.config, ...patch } } : node,
        ),
      },
    })),
});
