import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateScenario, type Migration } from './migrate';

const renameStep: Migration = {
  to: 2,
  name: 'RenameTitleToName',
  up: ({ title, ...rest }) => ({ ...rest, name: title }),
};
const failingStep: Migration = {
  to: 2,
  name: 'FailAlways',
  up: () => {
    throw new Error('boom');
  },
};

describe('migrateScenario', () => {
  it('has no steps for version 1', () => {
    expect(MIGRATIONS).toEqual([]);
  });

  it('runs a step above the version', () => {
    const result = migrateScenario({ version: 1, title: 'a' }, [renameStep], 2);
    expect(result.ok && result.value).toEqual({ version: 2, name: 'a' });
  });

  it('skips steps at or below the version', () => {
    const result = migrateScenario({ version: 2, title: 'a' }, [renameStep], 2);
    expect(result.ok && result.value).toEqual({ version: 2, title: 'a' });
  });

  it('reports the failing step by name', () => {
    const result = migrateScenario({ version: 1 }, [failingStep], 2);
    expect(!result.ok && result.error).toEqual({
      kind: 'migration-failed',
      step: 'FailAlways',
      cause: 'boom',
    });
  });

  it('rejects a version that is not a number', () => {
    const result = migrateScenario({ version: '1' });
    expect(!result.ok && result.error.kind).toBe('version-missing');
  });
});
