import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/model';
import { ALB_HELLO_SAMPLE } from '../engine/samples/alb-hello';
import { REPO_ROOT } from './run-cli';

function readExample(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8');
}

describe('examples folder', () => {
  it('alb-hello.json matches the sample', () => {
    // Regenerate with JSON.stringify(ALB_HELLO_SAMPLE, null, 2) plus a newline.
    expect(readExample('alb-hello.json')).toBe(
      `${JSON.stringify(ALB_HELLO_SAMPLE, null, 2)}\n`,
    );
  });

  it('alb-hello.json parses as a scenario', () => {
    expect(parseScenario(readExample('alb-hello.json')).ok).toBe(true);
  });

  it('event.json is a JSON object', () => {
    expect(JSON.parse(readExample('event.json'))).toBeTypeOf('object');
  });
});
