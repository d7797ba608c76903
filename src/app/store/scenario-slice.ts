import type { NodeChange } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import type { NodeType, Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import * as history from './history';
import { CLEARED_RUNS } from './run-slice';
import * as ops from './scenario-ops';
import type { AppState } from './index';

/** The selected node or edge, if any. */
export interface Selection {
  nodeId?: string;
  edgeId?: string;
}

/** Scenario fields edited outside nodes and edges. */
export type ScenarioMetaPatch = Partial<
  Pick<Scenario, 'name' | 'description' | 'settings'>
>;

/** The scenario being edited, its selection and its undo history. */
export interface ScenarioSlice {
  scenario: Scenario;
  selection: Selection;
  history: history.History;
  /** The scenario before the node drag in progress, recorded at drag end. */
  dragStart?: Scenario;
  select(selection: Selection): void;
  /** Adds a node at `position` and selects it; returns its id. */
  addNode(type: NodeType, position: ops.Position): string;
  /** Removes the selected node (with its edges) or the selected edge. */
  removeSelection(): void;
  removeItems(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  /** Adds an edge with empty config; returns its id, or undefined if present. */
  connect(source: string, target: string): string | undefined;
  /** Merges `patch` into a node's config as one undoable step. */
  updateNodeConfig(nodeId: string, patch: Record<string, unknown>): void;
  /** Sets one config field; `undefined` removes it so the AWS default applies. */
  setNodeConfigField(nodeId: string, path: string[], value: unknown): void;
  updateEdgeConfig(edgeId: string, patch: Record<string, unknown>): void;
  setEdgeConfigField(edgeId: string, path: string[], value: unknown): void;
  /** Changes the name, description or settings; a typing burst is one step. */
  updateScenarioMeta(patch: ScenarioMetaPatch, field: string): void;
  /** Renames a node; returns false when the id is empty or taken. */
  renameNode(from: string, to: string): boolean;
  /** Applies React Flow position changes; one undo step per drag. */
  moveNodes(changes: NodeChange[]): void;
  /** Replaces the scenario as one undoable step (import, sample, share). */
  replaceScenario(scenario: Scenario): void;
  /** Replaces the scenario and clears the history (session restore). */
  resetScenario(scenario: Scenario): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

type SetState = Parameters<StateCreator<AppState>>[0];

/** Stores `next` and records the current scenario as an undo step. */
function commit(
  set: SetState,
  update: (state: AppState) => Scenario | undefined,
  coalesceKey?: string,
): void {
  set((state) => {
    const next = update(state);
    if (!next || next === state.scenario) {
      return {};
    }

    return {
      scenario: next,
      history: history.record(state.history, state.scenario, coalesceKey, Date.now()),
    };
  });
}

/** Drops a selection that points at a node or edge no longer present. */
function validSelection(scenario: Scenario, selection: Selection): Selection {
  if (selection.nodeId && !scenario.nodes.some((n) => n.id === selection.nodeId)) {
    return {};
  }
  if (selection.edgeId && !scenario.edges.some((e) => e.id === selection.edgeId)) {
    return {};
  }

  return selection;
}

function positionsOf(changes: NodeChange[]): Map<string, ops.Position> {
  const positions = new Map<string, ops.Position>();
  for (const change of changes) {
    if (change.type === 'position' && change.position) {
      positions.set(change.id, change.position);
    }
  }

  return positions;
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (
  set,
  get,
) => ({
  scenario: ALB_HELLO_SAMPLE,
  selection: {},
  history: history.EMPTY_HISTORY,
  select: (selection) => set({ selection }),
  addNode: (type, position) => {
    const result = ops.addNode(get().scenario, type, position);
    commit(set, () => result.scenario);
    set({ selection: { nodeId: result.id } });

    return result.id;
  },
  removeSelection: () => {
    const { nodeId, edgeId } = get().selection;
    get().removeItems(nodeId ? [nodeId] : [], edgeId ? [edgeId] : []);
  },
  removeItems: (nodeIds, edgeIds) => {
    if (nodeIds.length === 0 && edgeIds.length === 0) {
      return;
    }
    commit(set, (state) => ops.removeItems(state.scenario, nodeIds, edgeIds));
    set((state) => ({ selection: validSelection(state.scenario, state.selection) }));
  },
  connect: (source, target) => {
    const result = ops.connect(get().scenario, source, target);
    if (result.id) {
      commit(set, () => result.scenario);
    }

    return result.id;
  },
  updateNodeConfig: (nodeId, patch) =>
    commit(
      set,
      (state) =>
        ops.mapNodeConfig(state.scenario, nodeId, (config) => ({
          ...config,
          ...patch,
        })),
      `node:${nodeId}:${Object.keys(patch).sort().join(',')}`,
    ),
  setNodeConfigField: (nodeId, path, value) =>
    commit(
      set,
      (state) =>
        ops.mapNodeConfig(state.scenario, nodeId, (config) =>
          ops.setAtPath(config, path, value),
        ),
      `node:${nodeId}:${path.join('.')}`,
    ),
  updateEdgeConfig: (edgeId, patch) =>
    commit(
      set,
      (state) =>
        ops.mapEdgeConfig(state.scenario, edgeId, (config) => ({
          ...config,
          ...patch,
        })),
      `edge:${edgeId}:${Object.keys(patch).sort().join(',')}`,
    ),
  setEdgeConfigField: (edgeId, path, value) =>
    commit(
      set,
      (state) =>
        ops.mapEdgeConfig(state.scenario, edgeId, (config) =>
          ops.setAtPath(config, path, value),
        ),
      `edge:${edgeId}:${path.join('.')}`,
    ),
  updateScenarioMeta: (patch, field) =>
    commit(set, (state) => ({ ...state.scenario, ...patch }), `scenario:${field}`),
  renameNode: (from, to) => {
    const next = ops.renameNode(get().scenario, from, to);
    if (!next) {
      return false;
    }
    commit(set, () => next);
    set((state) =>
      state.selection.nodeId === from ? { selection: { nodeId: to } } : {},
    );

    return true;
  },
  moveNodes: (changes) => {
    const positions = positionsOf(changes);
    const dragging = changes.some(
      (change) => change.type === 'position' && change.dragging === true,
    );
    const dragEnded = changes.some(
      (change) => change.type === 'position' && change.dragging === false,
    );
    set((state) => {
      const moved =
        positions.size > 0
          ? ops.moveNodes(state.scenario, positions)
          : state.scenario;
      if (dragging) {
        return { scenario: moved, dragStart: state.dragStart ?? state.scenario };
      }
      if (dragEnded) {
        const before = state.dragStart ?? state.scenario;
        const changed = before !== moved;

        return {
          scenario: moved,
          dragStart: undefined,
          history: changed
            ? history.record(state.history, before, undefined, Date.now())
            : state.history,
        };
      }
      if (positions.size === 0) {
        return {};
      }
      // Keyboard moves carry no drag flag; a run of arrow presses is one step.
      const key = `move:${[...positions.keys()].join(',')}`;

      return {
        scenario: moved,
        history: history.record(state.history, state.scenario, key, Date.now()),
      };
    });
  },
  replaceScenario: (scenario) => {
    commit(set, () => scenario);
    set({ selection: {}, ...CLEARED_RUNS });
  },
  resetScenario: (scenario) =>
    set({
      scenario,
      selection: {},
      history: history.EMPTY_HISTORY,
      ...CLEARED_RUNS,
    }),
  undo: () =>
    set((state) => {
      const step = history.undo(state.history, state.scenario);

      return step
        ? {
            ...step,
            selection: validSelection(step.scenario, state.selection),
          }
        : {};
    }),
  redo: () =>
    set((state) => {
      const step = history.redo(state.history, state.scenario);

      return step
        ? {
            ...step,
            selection: validSelection(step.scenario, state.selection),
          }
        : {};
    }),
  canUndo: () => get().history.past.length > 0,
  canRedo: () => get().history.future.length > 0,
});
