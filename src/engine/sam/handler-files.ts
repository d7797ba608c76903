/**
 * The handler source of each function and what SAM needs to build it:
 * `index.mjs` as written for JavaScript, `index.ts` bundled by esbuild for
 * TypeScript, and a package.json naming the packages the code imports that
 * the Node.js runtime does not include.
 * https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-using-build-typescript.html
 */
import type { LambdaConfig } from '../model/configs/lambda';
import type { SamFile } from './context';
import type { YamlValue } from './yaml';

// Node.js built-in modules handlers commonly import without the node: prefix.
const BUILTINS = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'https', 'net', 'os', 'path', 'perf_hooks',
  'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'url',
  'util', 'worker_threads', 'zlib',
]);

// Versions of the packages the playground's stand-ins mirror.
const KNOWN_VERSIONS: Record<string, string> = {
  pg: '^8.11.0',
  '@aws-sdk/rds-signer': '^3.0.0',
};

const IMPORT_PATTERN =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Lists the packages a handler imports, such as `pg` or `@aws-sdk/client-sqs`. */
export function importedPackages(code: string): string[] {
  const packages = new Set<string>();
  for (const match of code.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? '';
    if (/^(?:\.|\/|node:)/.test(specifier) || BUILTINS.has(specifier)) continue;
    const parts = specifier.split('/');
    packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
  }

  return [...packages].sort();
}

/**
 * The Node.js 18 and later runtimes include the AWS SDK for JavaScript v3
 * clients. https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html
 */
function providedByRuntime(name: string): boolean {
  return name.startsWith('@aws-sdk/client-');
}

/** The handler file inside the function's folder: `index.handler` → `index.mjs`. */
export function handlerFile(config: LambdaConfig): string {
  const base = config.Handler.slice(0, config.Handler.lastIndexOf('.'));

  return `${base}.${config.language === 'typescript' ? 'ts' : 'mjs'}`;
}

/** esbuild settings for a TypeScript function, producing an ES module. */
export function esbuildMetadata(config: LambdaConfig): Record<string, YamlValue> {
  const external = importedPackages(config.code).filter(providedByRuntime);

  return {
    BuildMethod: 'esbuild',
    BuildProperties: {
      Format: 'esm',
      OutExtension: ['.js=.mjs'],
      Target: 'es2022',
      EntryPoints: [handlerFile(config)],
      External: external.length > 0 ? external : undefined,
      Minify: false,
    },
  };
}

/** The handler source and its package.json; warns about packages of unknown version. */
export function handlerFiles(
  codeDir: string,
  config: LambdaConfig,
  warn: (message: string) => void,
): SamFile[] {
  const dependencies: Record<string, string> = {};
  for (const name of importedPackages(config.code)) {
    if (providedByRuntime(name)) continue;
    const version = KNOWN_VERSIONS[name];
    if (!version) warn(`${codeDir}/package.json lists "${name}" as "*": set the version the handler needs.`);
    dependencies[name] = version ?? '*';
  }
  const manifest = {
    name: codeDir.split('/').pop(),
    version: '1.0.0',
    private: true,
    ...(config.language === 'typescript' ? { type: 'module' } : {}),
    dependencies,
  };
  const code = config.code.endsWith('\n') ? config.code : `${config.code}\n`;

  return [
    { path: `${codeDir}/${handlerFile(config)}`, content: code },
    { path: `${codeDir}/package.json`, content: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
}
