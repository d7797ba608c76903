import { create } from 'zustand';
import type { EntryDraft } from './entry-draft';

/** PutEvents drafts per bus node id, kept until the page reloads. */
interface EntryDraftState {
  drafts: Record<string, EntryDraft>;
  setDraft(busNodeId: string, draft: EntryDraft): void;
}

/** The store of the event composer's drafts. */
export const useEntryDrafts = create<EntryDraftState>()((set) => ({
  drafts: {},
  setDraft: (busNodeId, draft) =>
    set((state) => ({ drafts: { ...state.drafts, [busNodeId]: draft } })),
}));
