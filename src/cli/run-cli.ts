/** Test helper: runs the real command line in a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npm run -s cli` runs. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Output and exit status of one command line run. */
export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/**
 * Runs `node --import tsx src/cli/main.ts ...args` from the repository root,
 * or `npm run -s cli -- ...args` with `viaNpm`.
 */
export function runCli(args: string[], viaNpm = false): Promise<CliRun> {
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '-s', 'cli', '--', ...args]]
    : [process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args]];

  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
  });
}

/** Tells whether text contains a stack frame line such as `  at f (a.js:1:2)`. */
export function hasStackFrame(text: string): boolean {
  return /^\s+at /m.test(text);
}

/**
 * Time allowed for a hook that spawns several runs: each is a Node process
 * that loads TypeScript through tsx, and a loaded two-core machine is slow.
 */
export const CLI_RUNS_TIMEOUT_MS = 60_000;
