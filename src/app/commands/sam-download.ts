import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Scenario } from '../../engine/model';
import { exportSam, type SamExport } from '../../engine/sam';

/** Builds the zip archive of a SAM export, every file under one folder. */
export function samZip(folder: string, result: SamExport): Uint8Array {
  const entries: Zippable = {};
  for (const file of result.files) entries[`${folder}/${file.path}`] = strToU8(file.content);

  return zipSync(entries);
}

function folderName(scenario: Scenario): string {
  const slug = scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

  return `${slug || 'scenario'}-sam`;
}

/**
 * Exports the scenario as an AWS SAM application and downloads it as a
 * .zip; returns the warnings, settings the template could not carry over.
 */
export function downloadSamZip(scenario: Scenario): string[] {
  const result = exportSam(scenario);
  const folder = folderName(scenario);
  const bytes = samZip(folder, result);
  const blob = new Blob([bytes.slice().buffer], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${folder}.zip`;
  link.click();
  // Revoke after the click has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);

  return result.warnings;
}
