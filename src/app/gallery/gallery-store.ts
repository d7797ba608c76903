import { create } from 'zustand';

/** Visibility of the gallery: the welcome strip for a first visit, and the dialog. */
interface GalleryState {
  welcome: boolean;
  dialogOpen: boolean;
  setWelcome(welcome: boolean): void;
  setDialogOpen(open: boolean): void;
}

export const useGalleryStore = create<GalleryState>()((set) => ({
  welcome: false,
  dialogOpen: false,
  setWelcome: (welcome) => set({ welcome }),
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
}));

/** Shows the gallery strip above the canvas, for a visitor without saved work. */
export function showWelcomeGallery(): void {
  useGalleryStore.getState().setWelcome(true);
}
