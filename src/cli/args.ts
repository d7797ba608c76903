import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP_HINT = 'run it with --help for usage';

function describeParseError(command: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `Unknown option ${option} for "${command}"; ${HELP_HINT}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('ambiguous')) {
    const option = /'(--[\w-]+)/.exec(message)?.[1] ?? 'the option';
    return `${option} needs a value for "${command}"; to give one that starts with a dash, write ${option}=VALUE.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${message.replace(/\.$/, '')} for "${command}"; ${HELP_HINT}.`;
  }

  return `Invalid arguments for "${command}": ${message}; ${HELP_HINT}.`;
}

/**
 * Joins `--name -1` into `--name=-1` for string options, so a negative number
 * reaches the option's own check instead of parseArgs' "ambiguous" error.
 */
function joinNegativeNumbers(args: string[], options: OptionsConfig): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const next = args[index + 1];
    const option = arg.startsWith('--') ? options[arg.slice(2)] : undefined;
    if (option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }

  return joined;
}

/**
 * Parses a command's arguments with Node's strict `util.parseArgs`, turning
 * its errors into usage errors that name the command.
 */
export function parseCommandArgs<const T extends OptionsConfig>(
  command: string,
  args: string[],
  options: T,
) {
  try {
    return parseArgs({
      args: joinNegativeNumbers(args, options),
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageError(describeParseError(command, error));
  }
}

/** Returns the single positional argument, or raises a usage error. */
export function onePositional(
  command: string,
  positionals: string[],
  name: string,
): string {
  if (positionals.length === 0) {
    throw usageError(`"${command}" needs ${name}; ${HELP_HINT}.`);
  }
  if (positionals.length > 1) {
    const extra = positionals.slice(1).join(' ');
    throw usageError(
      `"${command}" takes one ${name}, got extra "${extra}"; ${HELP_HINT}.`,
    );
  }

  return positionals[0] as string;
}

/** Raises a usage error when positional arguments were given. */
export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw usageError(
      `"${command}" takes no arguments besides options, got "${positionals.join(' ')}"; ${HELP_HINT}.`,
    );
  }
}

/** Reads a required string option, or raises a usage error naming it. */
export function requireOption(
  command: string,
  value: string | undefined,
  flag: string,
): string {
  if (value === undefined || value === '') {
    throw usageError(`"${command}" needs ${flag}; ${HELP_HINT}.`);
  }

  return value;
}

/** Parses `--seed N`: a whole number from 0 to 2^32 - 1. */
export function parseSeed(
  command: string,
  value: string | undefined,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const seed = Number(value);
  const isWholeNumber = /^\d+$/.test(value) && Number.isSafeInteger(seed);
  if (!isWholeNumber || seed > 0xffffffff) {
    throw usageError(
      `--seed must be a whole number from 0 to 4294967295, got "${value}" for "${command}".`,
    );
  }

  return seed;
}
