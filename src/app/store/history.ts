import type { Scenario } from '../../engine/model';

/** Most scenarios kept for undo; older steps are dropped. */
export const HISTORY_LIMIT = 200;
/** Edits to one field within this window form one undo step. */
export const COALESCE_MS = 1000;

/** Undo and redo stacks of whole scenarios, newest last. */
export interface History {
  past: Scenario[];
  future: Scenario[];
  /** The field the last edit changed, so a typing burst is one step. */
  lastEdit?: { key: string; at: number };
}

/** An empty history. */
export const EMPTY_HISTORY: History = { past: [], future: [] };

/**
 * Records `previous` as an undo step. When `key` names the same field as the
 * last edit within COALESCE_MS, the earlier step already covers it.
 */
export function record(
  history: History,
  previous: Scenario,
  key: string | undefined,
  now: number,
): History {
  const last = history.lastEdit;
  const lastEdit = key === undefined ? undefined : { key, at: now };
  if (key !== undefined && last?.key === key && now - last.at < COALESCE_MS) {
    return { past: history.past, future: [], lastEdit };
  }
  const past = [...history.past, previous].slice(-HISTORY_LIMIT);

  return { past, future: [], lastEdit };
}

/** Steps back; returns undefined when there is nothing to undo. */
export function undo(
  history: History,
  current: Scenario,
): { history: History; scenario: Scenario } | undefined {
  const scenario = history.past.at(-1);
  if (!scenario) {
    return undefined;
  }

  return {
    scenario,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
    },
  };
}

/** Steps forward; returns undefined when there is nothing to redo. */
export function redo(
  history: History,
  current: Scenario,
): { history: History; scenario: Scenario } | undefined {
  const scenario = history.future.at(-1);
  if (!scenario) {
    return undefined;
  }

  return {
    scenario,
    history: {
      past: [...history.past, current],
      future: history.future.slice(0, -1),
    },
  };
}
