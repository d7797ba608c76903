import { SCENARIO_VERSION } from './scenario';

/** One named, ordered step that lifts a scenario by one version. */
export interface Migration {
  /** The version the step produces, for example 2. */
  to: number;
  /** Change the step makes, as a verb phrase. */
  name: string;
  up(scenario: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every migration, oldest first. Version 1 is the first published format,
 * so the list is empty until the format changes.
 */
export const MIGRATIONS: Migration[] = [];

/** Reason a scenario could not be brought to the current version. */
export type MigrationFailure =
  | { kind: 'version-missing' }
  | { kind: 'version-too-new'; version: number }
  | { kind: 'migration-failed'; step: string; cause: string };

/** Applies every step between the scenario's version and the current one. */
export function migrateScenario(
  input: Record<string, unknown>,
  migrations: Migration[] = MIGRATIONS,
  currentVersion: number = SCENARIO_VERSION,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: MigrationFailure } {
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'version-missing' } };
  }
  if (version > currentVersion) {
    return { ok: false, error: { kind: 'version-too-new', version } };
  }

  let scenario = input;
  for (const step of migrations) {
    if (step.to <= version || step.to > currentVersion) {
      continue;
    }
    try {
      scenario = { ...step.up(scenario), version: step.to };
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      return {
        ok: false,
        error: { kind: 'migration-failed', step: step.name, cause: message },
      };
    }
  }

  return { ok: true, value: scenario };
}
