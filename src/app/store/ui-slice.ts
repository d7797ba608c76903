import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** A short message at the bottom of the canvas, with an optional action. */
export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** A banner above the workspace: a notice, or an error shown as an alert. */
export interface Banner {
  tone: 'info' | 'error';
  message: string;
}

/** Autosave state shown in the top bar. */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'failed'; message: string };

/** Transient interface state: toasts, banners, announcements, save status. */
export interface UiSlice {
  toasts: Toast[];
  banner?: Banner;
  /** Text of the polite live region read by screen readers. */
  announcement: string;
  saveStatus: SaveStatus;
  showToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
  setBanner(banner: Banner | undefined): void;
  announce(message: string): void;
  setSaveStatus(status: SaveStatus): void;
}

let nextToastId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  toasts: [],
  announcement: '',
  saveStatus: { state: 'saved' },
  showToast: (toast) => {
    const id = nextToastId;
    nextToastId += 1;
    // Only the latest three stay, so a burst of actions cannot fill the canvas.
    set((state) => ({
      toasts: [...state.toasts, { ...toast, id }].slice(-3),
      announcement: toast.message,
    }));

    return id;
  },
  dismissToast: (id) =>
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  setBanner: (banner) => set({ banner }),
  announce: (announcement) => set({ announcement }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
});
