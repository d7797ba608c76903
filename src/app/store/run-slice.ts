import type { StateCreator } from 'zustand';
import type { RunResult } from '../../engine/run/types';
import type { Diagnostic } from '../../engine/validate/diagnostic';
import type { HealthCheckRun } from '../../engine/alb';
import type { AppState } from './index';

/** Tabs of the bottom panel. */
export type BottomTab = 'request' | 'logs' | 'trace' | 'charts' | 'problems';

/** One header row of the request composer. */
export interface HeaderRow {
  name: string;
  value: string;
}

/** The HTTP request being composed for one ALB or API node. */
export interface HttpDraft {
  /** `form` edits fields; `raw` edits a whole HTTP/1.1 message. */
  mode: 'form' | 'raw';
  method: string;
  /** Path with query string, for example `/hello?name=Ada`. */
  target: string;
  headers: HeaderRow[];
  body: string;
  raw: string;
}

/** One request sent, newest first in the history. */
export interface RunRecord {
  id: number;
  entryNodeId: string;
  /** What was sent, for example `GET /hello?name=Ada` or `Test event`. */
  label: string;
  result?: RunResult;
  /** Reason the run produced no result at all. */
  error?: string;
}

/** A failure of the engine worker or the sandbox, not of one request. */
export interface PanelFailure {
  source: 'worker' | 'sandbox';
  message: string;
  /** Text that "Copy details" puts on the clipboard. */
  details: string;
}

/** Health checks last run for one target group edge, or why they failed. */
export interface HealthCheckOutcome {
  run?: HealthCheckRun;
  error?: string;
}

/** Maximum number of requests kept in the history. */
export const RUN_HISTORY_LIMIT = 50;

/** Requests sent, their results, the scenario's problems and the composer drafts. */
export interface RunSlice {
  runs: RunRecord[];
  selectedRunId?: number;
  /** Number of requests waiting for a result. */
  sending: number;
  bottomTab: BottomTab;
  diagnostics: Diagnostic[];
  httpDrafts: Record<string, HttpDraft>;
  /** Test event JSON per function node. */
  eventDrafts: Record<string, string>;
  failure?: PanelFailure;
  healthChecks: Record<string, HealthCheckOutcome>;
  addRun(record: RunRecord): void;
  selectRun(id: number | undefined): void;
  setSending(delta: 1 | -1): void;
  setBottomTab(tab: BottomTab): void;
  setDiagnostics(diagnostics: Diagnostic[]): void;
  setHttpDraft(nodeId: string, draft: HttpDraft): void;
  setEventDraft(nodeId: string, text: string): void;
  reportFailure(failure: PanelFailure): void;
  dismissFailure(): void;
  setHealthChecks(edgeId: string, outcome: HealthCheckOutcome): void;
}

/**
 * Run state that belongs to one scenario. A loaded sample, an import, a
 * share link or a new canvas starts from this, so no result names another
 * scenario's nodes.
 */
export const CLEARED_RUNS = {
  runs: [],
  selectedRunId: undefined,
  httpDrafts: {},
  eventDrafts: {},
  healthChecks: {},
} satisfies Partial<RunSlice>;

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  runs: [],
  sending: 0,
  bottomTab: 'request',
  diagnostics: [],
  httpDrafts: {},
  eventDrafts: {},
  healthChecks: {},
  addRun: (record) =>
    set((state) => ({
      runs: [record, ...state.runs].slice(0, RUN_HISTORY_LIMIT),
      selectedRunId: record.id,
    })),
  selectRun: (id) => set({ selectedRunId: id }),
  setSending: (delta) => set((state) => ({ sending: Math.max(0, state.sending + delta) })),
  setBottomTab: (tab) => set({ bottomTab: tab }),
  setDiagnostics: (diagnostics) => set({ diagnostics }),
  setHttpDraft: (nodeId, draft) =>
    set((state) => ({ httpDrafts: { ...state.httpDrafts, [nodeId]: draft } })),
  setEventDraft: (nodeId, text) =>
    set((state) => ({ eventDrafts: { ...state.eventDrafts, [nodeId]: text } })),
  reportFailure: (failure) => set({ failure }),
  dismissFailure: () => set({ failure: undefined }),
  setHealthChecks: (edgeId, outcome) =>
    set((state) => ({ healthChecks: { ...state.healthChecks, [edgeId]: outcome } })),
});
