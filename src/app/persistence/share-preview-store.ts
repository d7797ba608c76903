import { create } from 'zustand';
import type { Scenario } from '../../engine/model';

/** A decoded share link waiting for "Open shared scenario" or "Keep my work". */
interface SharePreviewState {
  pending?: Scenario;
  setPending(scenario: Scenario | undefined): void;
}

export const useSharePreview = create<SharePreviewState>()((set) => ({
  setPending: (pending) => set(pending ? { pending } : { pending: undefined }),
}));
