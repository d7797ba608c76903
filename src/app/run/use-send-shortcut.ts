import { useEffect } from 'react';
import { sendRequest } from './send';

/**
 * Sends the composer's request on Ctrl+Enter (Cmd+Enter on macOS) from
 * anywhere on the page. It listens in the capture phase so that the code
 * editor, which binds Ctrl+Enter to "insert line below", does not get it first.
 */
export function useSendShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
        return;
      }
      if (event.shiftKey || event.altKey) {
        return;
      }
      // Boxes that run their own Ctrl+Enter, such as the SQL box, keep it.
      if (event.target instanceof Element && event.target.closest('[data-ctrl-enter="local"]')) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      void sendRequest();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });

    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
