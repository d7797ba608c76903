import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/keyboard';
import { useAppStore } from '../store';

/** The event Ctrl/Cmd+S dispatches on window; the top bar opens Share. */
export const SHARE_SHORTCUT_EVENT = 'lambda-playground:share';

/** Installs undo, redo and share keys for the whole page. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      // Saving is continuous, so the save key copies the share link instead.
      if (event.key.toLowerCase() === 's' && !event.shiftKey) {
        event.preventDefault();
        window.dispatchEvent(new Event(SHARE_SHORTCUT_EVENT));
        return;
      }
      // Text fields and the code editor keep their own text undo.
      if (isTypingTarget(event.target)) {
        return;
      }
      const key = event.key.toLowerCase();
      const store = useAppStore.getState();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) {
        event.preventDefault();
        store.redo();
      }
    };
    document.addEventListener('keydown', onKeyDown);

    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
