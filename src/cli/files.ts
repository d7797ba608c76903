import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../engine/model';
import { errorMessage, inputError } from './errors';

/** Reads a file's bytes, or raises an input error with the reason it failed. */
export function readBytesFile(path: string, fileLabel: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') {
      throw inputError(`${fileLabel} "${path}" not found; check the path.`);
    }
    if (code === 'EISDIR') {
      throw inputError(`${fileLabel} "${path}" is a directory; give a file.`);
    }
    if (code === 'EACCES') {
      throw inputError(`${fileLabel} "${path}" cannot be read: permission denied.`);
    }
    throw inputError(
      `${fileLabel} "${path}" cannot be read: ${errorMessage(error)}`,
    );
  }
}

/** Reads a UTF-8 text file, or raises an input error naming the file. */
export function readTextFile(path: string, fileLabel: string): string {
  return Buffer.from(readBytesFile(path, fileLabel)).toString('utf8');
}

/** Reads and parses a JSON file, or raises an input error naming the file. */
export function readJsonFile(path: string, fileLabel: string): unknown {
  const text = readTextFile(path, fileLabel);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(
      `${fileLabel} "${path}" is not valid JSON: ${errorMessage(error)}; fix the file and run again.`,
    );
  }
}

/** Reads a scenario file and parses it with the scenario schema. */
export function readScenarioFile(path: string): Scenario {
  const parsed = parseScenario(readTextFile(path, 'Scenario file'));
  if (!parsed.ok) {
    throw inputError(`Scenario file "${path}": ${parsed.error.message}`);
  }

  return parsed.value;
}
