import type { Scenario, ScenarioNode } from '../../engine/model';
import type { RunInput } from '../../engine/run/types';
import { defaultEntryDraft, draftToEntry, entryLabel, type EntryDraft } from './entry-draft';
import { useEntryDrafts } from './entry-store';

/** Returns the composer's draft for a bus, or its first draft when untouched. */
export function currentEntryDraft(scenario: Scenario, bus: ScenarioNode): EntryDraft {
  return useEntryDrafts.getState().drafts[bus.id] ?? defaultEntryDraft(scenario, bus);
}

/** Builds the Run input and history label for the bus's PutEvents draft. */
export function composeBusEntry(
  scenario: Scenario,
  bus: ScenarioNode,
): { input: RunInput; label: string } {
  const draft = currentEntryDraft(scenario, bus);

  return { input: { kind: 'entry', entry: draftToEntry(draft) }, label: entryLabel(draft) };
}
