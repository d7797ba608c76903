import type { TargetHealth } from '../../engine/alb';
import type { Scenario } from '../../engine/model';
import type { RunInput, RunResult } from '../../engine/run/types';
import { errorMessage } from '../../worker/errors';
import { flushPendingEdits } from '../editor/pending-edits';
import { useAppStore } from '../store';
import { composeBusEntry } from '../eventbridge/compose-entry';
import { engineClient } from './engine-client';
import { resolveEntry } from './entry';
import { defaultHttpDraft, draftLabel, draftMessage } from './http-draft';

let nextRunId = 1;

/** Allows a whole run its functions' timeouts plus 30 s before the engine counts as hung. */
export function runTimeoutMs(scenario: Scenario): number {
  let total = 30_000;
  for (const node of scenario.nodes) {
    if (node.type === 'lambda') {
      const timeout = (node.config as { Timeout?: unknown }).Timeout;
      total += (typeof timeout === 'number' ? timeout : 3) * 1000;
    }
  }

  return total;
}

/** Target health left by the last health checks of each target group. */
function knownTargetHealth(): Record<string, TargetHealth> {
  const health: Record<string, TargetHealth> = {};
  for (const [edgeId, outcome] of Object.entries(useAppStore.getState().healthChecks)) {
    if (outcome.run) {
      health[edgeId] = outcome.run.health;
    }
  }

  return health;
}

/** Builds what the composer sends into the entry node, or returns why it cannot. */
async function composeInput(): Promise<
  { nodeId: string; input: RunInput; label: string } | { error: string }
> {
  const state = useAppStore.getState();
  const entry = resolveEntry(state.scenario, state.selection);
  if (!entry) {
    return { error: 'The scenario has no load balancer or function to send to; add one from the palette.' };
  }
  if (entry.kind === 'unsupported') {
    return { error: entry.reason };
  }
  const nodeId = entry.node.id;
  if (entry.kind === 'http') {
    const draft = state.httpDrafts[nodeId] ?? defaultHttpDraft(state.scenario, entry.node);

    return { nodeId, input: { kind: 'http', raw: draftMessage(draft) }, label: draftLabel(draft) };
  }
  if (entry.kind === 'entry') {
    return { nodeId, ...composeBusEntry(state.scenario, entry.node) };
  }
  // The trigger-shaped template pulls in the event builders, so it loads on
  // first use to keep them off the first screen.
  const text =
    state.eventDrafts[nodeId] ??
    (await import('./test-event')).defaultTestEvent(state.scenario, entry.node);
  try {
    return { nodeId, input: { kind: 'event', event: JSON.parse(text) }, label: 'Test event' };
  } catch (error) {
    return { error: `The test event is not valid JSON (${errorMessage(error)}); fix it and send again.` };
  }
}

/**
 * Sends the composer's request into the selected entry node through the
 * engine worker and adds the outcome to the history.
 */
export async function sendRequest(): Promise<void> {
  flushPendingEdits();
  const composed = await composeInput();
  const state = useAppStore.getState();
  const id = nextRunId++;
  if ('error' in composed) {
    state.addRun({ id, entryNodeId: '', label: 'Not sent', error: composed.error });
    return;
  }
  const { scenario } = state;
  const seed = scenario.settings.seed + id;
  state.setSending(1);
  try {
    const result = await engineClient().run(
      scenario,
      composed.nodeId,
      composed.input,
      seed,
      { timeoutMs: runTimeoutMs(scenario) },
      { targetHealth: knownTargetHealth() },
    );
    useAppStore.getState().addRun({ id, entryNodeId: composed.nodeId, label: composed.label, result });
  } catch (error) {
    useAppStore.getState().addRun({
      id,
      entryNodeId: composed.nodeId,
      label: composed.label,
      error: `The request could not be run: ${errorMessage(error)}`,
    });
  } finally {
    useAppStore.getState().setSending(-1);
  }
}
