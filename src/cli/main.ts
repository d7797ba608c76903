/**
 * Entry of the command line: `npm run -s cli -- <command>`. Results go to
 * stdout; an error is one line on stderr with a non-zero exit status.
 */
import { readFileSync } from 'node:fs';
import { dispatch } from './dispatch';
import { CliError, EXIT_INVALID_INPUT, errorMessage } from './errors';

function readVersion(): string {
  const packageUrl = new URL('../../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(packageUrl, 'utf8')) as {
    version?: string;
  };

  return manifest.version ?? 'unknown';
}

function reportError(error: unknown): number {
  const known = error instanceof CliError;
  const message = known
    ? error.message
    : `Unexpected error: ${errorMessage(error)}. This is a bug in Lambda ` +
      'Playground; please report it with the command you ran.';
  process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);

  return known ? error.exitCode : EXIT_INVALID_INPUT;
}

// Setting exitCode instead of calling process.exit lets stdout drain first.
try {
  process.exitCode = await dispatch(process.argv.slice(2), readVersion());
} catch (error) {
  process.exitCode = reportError(error);
}
