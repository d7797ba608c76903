import { useAppStore } from '../store';
import { startAutosave } from './autosave';
import { openSession } from './session';
import { saveStored } from './storage';

let started = false;

/**
 * Loads the first scenario (share link, saved work or sample), clears the
 * fragment and starts autosaving. Runs once per page.
 */
export function startSession(): void {
  if (started) {
    return;
  }
  started = true;
  const session = openSession(window.location, window.localStorage);
  const store = useAppStore.getState();
  store.resetScenario(session.scenario);
  store.setBanner(session.notice);
  if (window.location.hash !== '') {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  if (session.source === 'share-link') {
    try {
      saveStored(window.localStorage, session.scenario);
    } catch (cause) {
      console.error('[autosave] could not store the shared scenario', cause);
    }
  }
  startAutosave(window.localStorage);
}
