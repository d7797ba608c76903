import type { RunResult } from '../../engine/run/types';
import { errorMessage } from '../../worker/errors';
import { flushPendingEdits } from '../editor/pending-edits';
import { engineClient } from '../run/engine-client';
import { defaultHttpDraft, draftLabel, draftMessage, formToRaw } from '../run/http-draft';
import { runTimeoutMs } from '../run/send';
import { useAppStore } from '../store';
import { comparisonScenarios } from './compare';
import { edgeRequestLine, requestReachesEdge } from './edge-request';

/** The same request sent through a proxy and a custom copy of one integration. */
export interface Comparison {
  /** Label of the request sent, for example `GET /prod/items/1`. */
  label: string;
  /** Set when the composer's request reaches another route, so a request for this one was sent. */
  note?: string;
  proxy: RunResult | { error: string };
  custom: RunResult | { error: string };
}

let nextSeed = 1;

/**
 * Sends the composer's request for the edge's API twice: once with the edge
 * as a Lambda proxy integration and once as a custom integration. When the
 * composer's request reaches another route, a request for this edge's route
 * is sent instead.
 */
export async function runComparison(edgeId: string): Promise<Comparison> {
  flushPendingEdits();
  const { scenario, httpDrafts } = useAppStore.getState();
  const edge = scenario.edges.find((item) => item.id === edgeId);
  const apiNode = scenario.nodes.find((node) => node.id === edge?.source);
  if (!edge || !apiNode) {
    const error = `Connection "${edgeId}" no longer exists; select an API connection and compare again.`;
    return { label: 'Not sent', proxy: { error }, custom: { error } };
  }
  let draft = httpDrafts[apiNode.id] ?? defaultHttpDraft(scenario, apiNode);
  let raw = draftMessage(draft);
  let note: string | undefined;
  const line = edgeRequestLine(scenario, edgeId);
  if (!requestReachesEdge(scenario, edgeId, raw) && line) {
    draft = { ...draft, mode: 'form', ...line };
    raw = formToRaw(draft);
    note = `The composer's request does not reach this route, so ${line.method} ${line.target} was sent instead.`;
  }
  const { proxy, custom } = comparisonScenarios(scenario, edgeId);
  const seed = scenario.settings.seed + 10_000 + nextSeed++;
  const send = async (copy: typeof scenario): Promise<RunResult | { error: string }> => {
    try {
      return await engineClient().run(
        copy,
        apiNode.id,
        { kind: 'http', raw },
        seed,
        { timeoutMs: runTimeoutMs(copy) },
      );
    } catch (error) {
      return { error: `The request could not be run: ${errorMessage(error)}` };
    }
  };
  // Sequential, so the second request reuses the environment the first warmed.
  const proxyResult = await send(proxy);
  const customResult = await send(custom);

  return {
    label: draftLabel(draft),
    ...(note ? { note } : {}),
    proxy: proxyResult,
    custom: customResult,
  };
}
