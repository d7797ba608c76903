import { COMMAND_LOADERS } from './commands';
import { usageError } from './errors';
import { printResult } from './output';
import {
  COMMAND_HELP,
  INVOCATION,
  commandHelp,
  familyHelp,
  generalHelp,
  type CommandHelp,
} from './usage';

const HELP_FLAGS = new Set(['--help', '-h']);
const AVAILABLE = new Set(COMMAND_LOADERS.keys());

/** Selection made by the first one or two words: a command, or a family's help. */
type Selection =
  | { help: CommandHelp; args: string[] }
  | { familyHelp: string };

/** Finds the command that the first one or two words select. */
function findCommand(argv: string[]): Selection {
  const [first = '', second] = argv;
  const single = COMMAND_HELP.find((command) => command.name === first);
  if (single) {
    return { help: single, args: argv.slice(1) };
  }
  const family = COMMAND_HELP.filter((command) =>
    command.name.startsWith(`${first} `),
  );
  if (family.length === 0) {
    throw usageError(
      `Unknown command "${first}"; run "${INVOCATION} --help" for the list.`,
    );
  }
  const kinds = family.map((command) => command.name.slice(first.length + 1));
  const pair = family.find((command) => command.name === `${first} ${second}`);
  if (!pair && argv.some((arg) => HELP_FLAGS.has(arg))) {
    return { familyHelp: familyHelp(first, family, AVAILABLE) };
  }
  if (!pair) {
    const wanted =
      second === undefined ? 'a type' : `a known type, not "${second}"`;
    throw usageError(`"${first}" needs ${wanted}: one of ${kinds.join(', ')}.`);
  }

  return { help: pair, args: argv.slice(2) };
}

/** Runs the command line and returns the exit status; raises `CliError`. */
export async function dispatch(
  argv: string[],
  version: string,
): Promise<number> {
  const [first] = argv;
  if (first === undefined) {
    process.stderr.write(`${generalHelp(version, AVAILABLE)}\n`);
    return 2;
  }
  if (HELP_FLAGS.has(first) || first === 'help') {
    printResult(generalHelp(version, AVAILABLE));
    return 0;
  }
  if (first === '--version') {
    printResult(version);
    return 0;
  }

  const selection = findCommand(argv);
  if ('familyHelp' in selection) {
    printResult(selection.familyHelp);
    return 0;
  }
  const { help, args } = selection;
  const load = COMMAND_LOADERS.get(help.name);
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    printResult(commandHelp(help, load !== undefined));
    return 0;
  }
  if (!load) {
    throw usageError(
      `"${help.name}" is not available yet in this version of Lambda Playground.`,
    );
  }
  const run = await load();

  return run(args);
}
