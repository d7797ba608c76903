import { parseScenario, type Scenario, type ScenarioError } from '../../engine/model';
import type { Result } from '../../engine/model';

/** Returns a file name for a scenario: its name in kebab case plus `.scenario.json`. */
export function scenarioFileName(scenario: Scenario): string {
  const slug = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

  return `${slug === '' ? 'scenario' : slug}.scenario.json`;
}

/** Downloads the scenario as a JSON file. */
export function downloadScenario(scenario: Scenario): void {
  const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = scenarioFileName(scenario);
  link.click();
  // Revoke after the click has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads and checks a scenario file chosen by the person. */
export async function readScenarioFile(file: File): Promise<Result<Scenario, ScenarioError>> {
  const text = await file.text();
  const parsed = parseScenario(text);
  if (parsed.ok) {
    return parsed;
  }

  return {
    ok: false,
    error: { ...parsed.error, message: `Could not import ${file.name}. ${parsed.error.message}` },
  };
}
