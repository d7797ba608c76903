/** Exit status for invalid input: a missing file, bad JSON, an unknown node. */
export const EXIT_INVALID_INPUT = 1;
/** Exit status for a usage error or a command that is not available yet. */
export const EXIT_USAGE = 2;

/** A failure the CLI reports as one line on stderr, with its exit status. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Creates an error for input the person gave: a file, its content, an id. */
export function inputError(message: string): CliError {
  return new CliError(message, EXIT_INVALID_INPUT);
}

/** Creates an error for a wrong command line. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

/** Returns an error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
