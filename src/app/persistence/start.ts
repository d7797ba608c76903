import { err, type Scenario } from '../../engine/model';
import { loadFailure } from '../components/load-failure';
import { flushPendingEdits } from '../editor/pending-edits';
import { showWelcomeGallery } from '../gallery/gallery-store';
import { useAppStore } from '../store';
import { startAutosave } from './autosave';
import {
  acceptSharedScenario,
  hasFragment,
  openSession,
  type ShareDecoder,
} from './session';
import { useSharePreview } from './share-preview-store';
import { saveStored } from './storage';

let started = false;

/** Removes the fragment from the address bar without adding a history entry. */
function clearFragment(): void {
  if (window.location.hash !== '') {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
}

function storeShared(scenario: Parameters<typeof saveStored>[1]): void {
  try {
    saveStored(window.localStorage, scenario);
  } catch (cause) {
    console.error('[autosave] could not store the shared scenario', cause);
  }
}

/**
 * Loads the share link decoder and its decompressor. When they cannot be
 * fetched, the returned decoder rejects every link with the reason.
 */
async function loadDecoder(): Promise<ShareDecoder> {
  try {
    const module = await import('../../engine/model/share');

    return module.decodeShareUrl;
  } catch (error) {
    const message = loadFailure('share link reader', error);

    return () => err({ kind: 'damaged', message });
  }
}

/**
 * Opens a share link pasted into a tab that already shows the app: only the
 * fragment changes then, so the page does not load again.
 */
async function onHashChange(): Promise<void> {
  if (!window.location.hash.startsWith('#scenario=')) {
    return;
  }
  const hash = window.location.hash;
  const decode = await loadDecoder();
  // A later fragment change handles its own link.
  if (window.location.hash !== hash) {
    return;
  }
  const shared = decode(hash);
  clearFragment();
  if (!shared.ok) {
    useAppStore.getState().setBanner({
      tone: 'error',
      message: `${shared.error.message} Your own work is still open.`,
    });
    return;
  }
  // The person chooses in the preview whether the link replaces their work.
  useSharePreview.getState().setPending(shared.value);
}

/**
 * Replaces the open work with a shared scenario after the person accepted
 * the preview, keeping the work as a backup. Undoable, unlike the first load.
 */
export function openSharedScenario(shared: Scenario): void {
  // The backup must hold the code typed in the last moment too.
  flushPendingEdits();
  const store = useAppStore.getState();
  const notice = acceptSharedScenario(shared, store.scenario, window.localStorage);
  store.replaceScenario(shared);
  storeShared(shared);
  store.setBanner(notice);
  useSharePreview.getState().setPending(undefined);
}

/**
 * Loads the first scenario (share link, saved work or sample), clears the
 * fragment, starts autosaving and watches for later share links. Runs once
 * per page, and waits only when the address has a fragment to decode.
 */
export async function startSession(): Promise<void> {
  if (started) {
    return;
  }
  started = true;
  const decode = hasFragment(window.location.hash) ? await loadDecoder() : undefined;
  const session = openSession(window.location, window.localStorage, decode);
  const store = useAppStore.getState();
  store.resetScenario(session.scenario);
  store.setBanner(session.notice);
  clearFragment();
  if (session.source === 'share-link') {
    storeShared(session.scenario);
  }
  if (session.pendingShare) {
    useSharePreview.getState().setPending(session.pendingShare);
  }
  if (session.source === 'sample' && !session.notice) {
    showWelcomeGallery();
  }
  startAutosave(window.localStorage);
  window.addEventListener('hashchange', () => void onHashChange());
}
