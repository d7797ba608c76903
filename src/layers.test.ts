import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each layer may import only from the layers listed for it.
const ALLOWED: Record<string, string[]> = {
  engine: ['engine'],
  runtime: ['engine', 'runtime'],
  worker: ['engine', 'runtime', 'worker'],
  cli: ['engine', 'runtime', 'cli'],
  app: ['engine', 'runtime', 'worker', 'app'],
};

const SRC = join(__dirname);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }

  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }

    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const layers: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)) {
    const target = relative(SRC, join(file, '..', match[1] ?? ''));
    const layer = target.split(/[\\/]/)[0];
    if (layer && layer in ALLOWED) {
      layers.push(layer);
    }
  }

  return layers;
}

describe('layers', () => {
  for (const layer of Object.keys(ALLOWED)) {
    it(`${layer} imports only allowed layers`, () => {
      const dir = join(SRC, layer);
      const offending = sourceFiles(dir).flatMap((file) =>
        importedLayers(file)
          .filter((imported) => !ALLOWED[layer]?.includes(imported))
          .map((imported) => `${relative(SRC, file)} imports ${imported}`),
      );
      expect(offending).toEqual([]);
    });
  }

  it('engine uses no clock, randomness or DOM', () => {
    const banned =
      /\b(Date\.now|new Date\(\)|Math\.random|setTimeout|setInterval|requestAnimationFrame|document\.(body|cookie|createElement|querySelector)|window\.|localStorage|from 'react')/;
    // Samples hold handler code as strings, which runs in the runtime.
    const samples = join(SRC, 'engine', 'samples');
    const offending = sourceFiles(join(SRC, 'engine'))
      .filter((file) => !file.startsWith(samples))
      .filter((file) => banned.test(readFileSync(file, 'utf8')));
    expect(offending.map((file) => relative(SRC, file))).toEqual([]);
  });
});
