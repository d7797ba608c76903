import { describeSchemaIssues, parseScenario } from '../../engine/model';
import { validateScenario, type Diagnostic } from '../../engine/validate';
import { onePositional, parseCommandArgs } from '../args';
import { EXIT_INVALID_INPUT, inputError } from '../errors';
import { readTextFile } from '../files';
import { printResult } from '../output';

const COMMAND = 'validate';

// The config field is left out: the line format is a scripting contract, and
// each message already names the setting it is about.
function location(diagnostic: Diagnostic & { path?: string }): string {
  if (diagnostic.path !== undefined) {
    return diagnostic.path === '' ? 'scenario' : diagnostic.path;
  }
  if (diagnostic.edgeId !== undefined) {
    return `edge ${diagnostic.edgeId}`;
  }
  if (diagnostic.nodeId !== undefined) {
    return `node ${diagnostic.nodeId}`;
  }

  return 'scenario';
}

/**
 * Formats a diagnostic as one line:
 * `error  alb/missing-invoke-permission  edge alb-hello: message (fix: ...)`;
 * a schema diagnostic names its path, such as `nodes[1].config.Timeout`.
 */
export function formatDiagnostic(diagnostic: Diagnostic & { path?: string }): string {
  const fix = diagnostic.fix === undefined ? '' : ` (fix: ${diagnostic.fix})`;
  const prefix = `${diagnostic.severity}  ${diagnostic.code}`;
  const line = `${prefix}  ${location(diagnostic)}: ${diagnostic.message}${fix}`;

  return line.replace(/\s*\n\s*/g, ' ');
}

/** `validate SCENARIO`: prints diagnostics; exits 1 when any is an error. */
export function runValidate(args: string[]): number {
  const { positionals } = parseCommandArgs(COMMAND, args, {});
  const path = onePositional(COMMAND, positionals, 'a SCENARIO file');
  const text = readTextFile(path, 'Scenario file');
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    // Every schema problem, one line each, where reading the file stops at the first.
    const issues = describeSchemaIssues(text);
    if (issues.length === 0) {
      throw inputError(`Scenario file "${path}": ${parsed.error.message}`);
    }
    printResult(issues.map(formatDiagnostic).join('\n'));
    return EXIT_INVALID_INPUT;
  }
  const diagnostics = validateScenario(parsed.value);
  if (diagnostics.length === 0) {
    printResult('No problems found.');
    return 0;
  }
  printResult(diagnostics.map(formatDiagnostic).join('\n'));

  return diagnostics.some((diagnostic) => diagnostic.severity === 'error')
    ? EXIT_INVALID_INPUT
    : 0;
}
