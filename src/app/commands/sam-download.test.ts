import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportSam } from '../../engine/sam';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { samZip } from './sam-download';

describe('samZip', () => {
  const result = exportSam(ALB_HELLO_SAMPLE);
  const entries = unzipSync(samZip('hello-sam', result));

  it('holds every file under the folder', () => {
    expect(Object.keys(entries).sort()).toEqual(result.files.map((file) => `hello-sam/${file.path}`).sort());
  });

  it('keeps the template text', () => {
    expect(strFromU8(entries['hello-sam/template.yaml']!)).toBe(result.files[0]!.content);
  });
});
