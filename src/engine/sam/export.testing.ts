/** Test helpers: export a scenario and read its template back as data. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { exportSam, type SamExport } from './export';
import { parseYaml } from './yaml-parse.testing';
import type { YamlValue } from './yaml';

/** Reads a scenario from the repository's examples folder. */
export function exampleScenario(name: string): Scenario {
  const file = path.resolve(__dirname, '../../../examples', name);
  const parsed = parseScenario(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);

  return parsed.value;
}

/** Exports a scenario and parses its template.yaml. */
export function exportParsed(scenario: Scenario): { result: SamExport; template: YamlValue } {
  const result = exportSam(scenario);
  const file = result.files.find((candidate) => candidate.path === 'template.yaml');
  if (!file) throw new Error('template.yaml is missing');

  return { result, template: parseYaml(file.content) };
}

/** Returns one file's content from an export. */
export function fileContent(result: SamExport, filePath: string): string | undefined {
  return result.files.find((file) => file.path === filePath)?.content;
}
