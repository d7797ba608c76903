/** Test helper for the EventBridge commands: writes input files to a temp directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes each named file (objects as JSON) into a new temp directory; returns their paths. */
export function writeInputs(
  files: Record<string, unknown>,
): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lp-eventbridge-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    writeFileSync(
      file,
      typeof content === 'string' ? content : JSON.stringify(content),
    );
    paths[name] = file;
  }

  return paths;
}
