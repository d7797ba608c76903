import type { Scenario } from '../../engine/model';
import type { decodeShareUrl } from '../../engine/model/share';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { BACKUP_KEY, loadStored, saveStored } from './storage';

/**
 * Decodes a share link, as `decodeShareUrl` does. Passed in, so the
 * decompressor loads only for a page opened with a fragment.
 */
export type ShareDecoder = typeof decodeShareUrl;

/** Tells whether a location fragment must be decoded as a share link. */
export function hasFragment(hash: string): boolean {
  return hash !== '' && hash !== '#';
}

/** The scenario the app opens with, and the notice to show the person about it. */
export interface Session {
  scenario: Scenario;
  source: 'share-link' | 'saved' | 'sample';
  notice?: { tone: 'info' | 'error'; message: string };
  /**
   * A share link that would replace saved work: the saved work opens, and
   * the app prompts the person to open the shared scenario instead.
   */
  pendingShare?: Scenario;
}

/** Tells whether two scenarios contain the same content. */
export function sameScenario(left: Scenario, right: Scenario): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Picks the scenario to open: a share link in the URL fragment, then the last
 * session, then the sample. A link never replaces saved work by itself: it
 * comes back as `pendingShare` for the person to accept. A broken link leaves
 * the saved work untouched. `decode` is required when `location` has a
 * fragment.
 */
export function openSession(
  location: Location,
  storage: Storage,
  decode?: ShareDecoder,
): Session {
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
  if (!hasFragment(location.hash)) {
    return fallback;
  }
  if (!decode) {
    throw new Error('openSession needs a share link decoder for a location with a fragment.');
  }

  if (saved.kind === 'loaded') {
    const shared = decode(location.hash);
    if (!shared.ok) {
      return {
        ...fallback,
        notice: { tone: 'error', message: `${shared.error.message} Your own work is still open.` },
      };
    }
    return sameScenario(shared.value, saved.scenario)
      ? fallback
      : { ...fallback, pendingShare: shared.value };
  }

  const opened = openShareFragment(location.hash, undefined, storage, decode);
  if (!opened.scenario) {
    return { ...fallback, notice: opened.notice };
  }

  return { scenario: opened.scenario, source: 'share-link', notice: opened.notice };
}

/** Result of opening a `#scenario=` fragment: the scenario, or only an error. */
export interface OpenedLink {
  scenario?: Scenario;
  notice: NonNullable<Session['notice']>;
}

/**
 * Decodes a share fragment. On success the `current` work, if any, is saved
 * under the backup key. A damaged link leaves everything as it was.
 */
export function openShareFragment(
  hash: string,
  current: Scenario | undefined,
  storage: Storage,
  decode: ShareDecoder,
): OpenedLink {
  const shared = decode(hash);
  if (!shared.ok) {
    const stillOpen = current ? ' Your own work is still open.' : '';

    return { notice: { tone: 'error', message: `${shared.error.message}${stillOpen}` } };
  }

  return { scenario: shared.value, notice: acceptSharedScenario(shared.value, current, storage) };
}

/**
 * Saves the `current` work, if any, under the backup key before a shared
 * scenario replaces it, and returns the notice to show.
 */
export function acceptSharedScenario(
  shared: Scenario,
  current: Scenario | undefined,
  storage: Storage,
): NonNullable<Session['notice']> {
  if (current) {
    saveStored(storage, current, BACKUP_KEY);
  }
  const backup = current ? ' Your previous work is kept as a backup.' : '';

  return {
    tone: 'info',
    message: `Opened a shared scenario: ${shared.name}. Its code runs only when you press Send request or Send event.${backup}`,
  };
}
