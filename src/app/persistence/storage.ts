import { parseScenario, type Scenario } from '../../engine/model';

/** localStorage key of the autosaved scenario. */
export const STORAGE_KEY = 'lambda-playground:scenario';
/** localStorage key of the work replaced by opening a share link. */
export const BACKUP_KEY = 'lambda-playground:scenario-backup';
/** Version of the stored envelope; the scenario inside has its own version. */
export const STORAGE_VERSION = 1;

interface StoredScenario {
  storageVersion: number;
  savedAt: string;
  scenario: unknown;
}

/** Result of reading the saved scenario. */
export type LoadResult =
  | { kind: 'none' }
  | { kind: 'loaded'; scenario: Scenario }
  | { kind: 'invalid'; message: string };

/** Reads and checks the scenario saved under `key`. */
export function loadStored(storage: Storage, key = STORAGE_KEY): LoadResult {
  const text = storage.getItem(key);
  if (text === null) {
    return { kind: 'none' };
  }
  let envelope: StoredScenario;
  try {
    envelope = JSON.parse(text) as StoredScenario;
  } catch {
    return { kind: 'invalid', message: 'The saved scenario is not valid JSON.' };
  }
  if (envelope.storageVersion !== STORAGE_VERSION) {
    return {
      kind: 'invalid',
      message: `The saved scenario uses storage version ${String(envelope.storageVersion)}; this app reads ${STORAGE_VERSION}.`,
    };
  }
  const parsed = parseScenario(envelope.scenario);

  return parsed.ok
    ? { kind: 'loaded', scenario: parsed.value }
    : { kind: 'invalid', message: parsed.error.message };
}

/** Writes a scenario under `key`; throws when storage is full or blocked. */
export function saveStored(
  storage: Storage,
  scenario: Scenario,
  key = STORAGE_KEY,
): void {
  const envelope: StoredScenario = {
    storageVersion: STORAGE_VERSION,
    savedAt: new Date().toISOString(),
    scenario,
  };
  storage.setItem(key, JSON.stringify(envelope));
}
