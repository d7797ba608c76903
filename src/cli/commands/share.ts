import {
  DEFAULT_APP_URL,
  decodeShareUrl,
  encodeShareUrl,
} from '../../engine/model/share';
import { parseCommandArgs } from '../args';
import { inputError, usageError } from '../errors';
import { readScenarioFile } from '../files';
import { printJson, printResult } from '../output';

const COMMAND = 'share';

function checkBaseUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw usageError(
      `--base must be an absolute URL such as ${DEFAULT_APP_URL}, got "${base}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`--base must be an http or https URL, got "${base}".`);
  }

  return base;
}

/**
 * `share SCENARIO [--base URL]` prints a share URL for a scenario file;
 * `share --decode URL` prints the scenario that a share URL holds.
 */
export function runShare(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    base: { type: 'string' },
    decode: { type: 'string' },
  });

  if (values.decode !== undefined) {
    if (positionals.length > 0 || values.base !== undefined) {
      throw usageError(
        '"share --decode URL" takes only the URL; run it with --help for usage.',
      );
    }
    const decoded = decodeShareUrl(values.decode);
    if (!decoded.ok) {
      throw inputError(decoded.error.message);
    }
    printJson(decoded.value);

    return 0;
  }

  if (positionals.length !== 1) {
    throw usageError(
      positionals.length === 0
        ? '"share" needs a SCENARIO file, or --decode URL; run it with --help for usage.'
        : `"share" takes one SCENARIO file, got ${positionals.length}; run it with --help for usage.`,
    );
  }
  const scenario = readScenarioFile(positionals[0] as string);
  const base = checkBaseUrl(values.base ?? DEFAULT_APP_URL);
  printResult(encodeShareUrl(scenario, base));

  return 0;
}
