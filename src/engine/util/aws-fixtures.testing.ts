/** Test-only helper (uses Node APIs): never import it from engine code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = path.dirname(fileURLToPath(import.meta.url));

/** Directory of the AWS sample events, beside the repository. */
export const AWS_EVENTS_DIR = path.resolve(moduleDir, '../../../../shared/fixtures/aws-events');

/** Reads one AWS sample event, such as `alb/pt-python__albEvent.json`. */
export function readAwsEvent(relativePath: string): unknown {
  const text = readFileSync(path.join(AWS_EVENTS_DIR, relativePath), 'utf8');

  return JSON.parse(text.replace(/^\uFEFF/, ''));
}
