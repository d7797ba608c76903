import { decodeShareUrl, type Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { BACKUP_KEY, loadStored, saveStored } from './storage';

/** What the app opens with, and what to tell the person about it. */
export interface Session {
  scenario: Scenario;
  source: 'share-link' | 'saved' | 'sample';
  notice?: { tone: 'info' | 'error'; message: string };
}

/**
 * Picks the scenario to open: a share link in the URL fragment, then the last
 * session, then the sample. A broken link leaves the saved work untouched.
 */
export function openSession(location: Location, storage: Storage): Session {
  const saved = loadStored(storage);
  const fallback: Session =
    saved.kind === 'loaded'
      ? { scenario: saved.scenario, source: 'saved' }
      : { scenario: ALB_HELLO_SAMPLE, source: 'sample' };
  if (saved.kind === 'invalid') {
    fallback.notice = {
      tone: 'error',
      message: `Your saved scenario could not be restored, so the sample opened instead. ${saved.message}`,
    };
  }
  if (location.hash === '' || location.hash === '#') {
    return fallback;
  }

  const shared = decodeShareUrl(location.hash);
  if (!shared.ok) {
    const kept = saved.kind === 'loaded' ? ' Your own saved work is still open.' : '';

    return {
      ...fallback,
      notice: { tone: 'error', message: `${shared.error.message}${kept}` },
    };
  }
  if (saved.kind === 'loaded') {
    saveStored(storage, saved.scenario, BACKUP_KEY);
  }

  return {
    scenario: shared.value,
    source: 'share-link',
    notice: {
      tone: 'info',
      message: `Opened a shared scenario: ${shared.value.name}. Its code runs only when you press Run.${saved.kind === 'loaded' ? ' Your previous work is kept as a backup.' : ''}`,
    },
  };
}
