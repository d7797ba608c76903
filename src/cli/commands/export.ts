import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportSam } from '../../engine/sam';
import { onePositional, parseCommandArgs, requireOption } from '../args';
import { errorMessage, inputError } from '../errors';
import { readScenarioFile } from '../files';
import { printResult } from '../output';

const COMMAND = 'export sam';

function prepareDirectory(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw inputError(`--out "${dir}" is a file; give a folder to write the SAM application into.`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw inputError(`Cannot create folder "${dir}": ${errorMessage(error)}`);
  }
}

/**
 * `export sam SCENARIO --out DIR [--force]`: writes template.yaml, the
 * handler sources and a README into DIR; existing files are replaced
 * only with --force. Prints the files written and any warnings.
 */
export function runExport(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const scenarioPath = onePositional(COMMAND, positionals, 'a SCENARIO file');
  const dir = requireOption(COMMAND, values.out, '--out DIR');
  const result = exportSam(readScenarioFile(scenarioPath));
  const targets = result.files.map((file) => ({ ...file, full: path.join(dir, file.path) }));
  if (!values.force) {
    const existing = targets.filter((file) => existsSync(file.full)).map((file) => file.path);
    if (existing.length > 0) {
      throw inputError(`"${dir}" already contains ${existing.join(', ')}; pass --force to replace them or choose another --out folder.`);
    }
  }
  prepareDirectory(dir);
  for (const file of targets) {
    try {
      mkdirSync(path.dirname(file.full), { recursive: true });
      writeFileSync(file.full, file.content);
    } catch (error) {
      throw inputError(`Cannot write "${file.full}": ${errorMessage(error)}`);
    }
  }
  const lines = targets.map((file) => `wrote ${file.full}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  printResult(lines.join('\n'));

  return 0;
}
