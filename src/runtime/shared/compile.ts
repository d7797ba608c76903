import { init as initLexer, parse as parseModule } from 'es-module-lexer/js';
import { transform } from 'sucrase';
import type { FunctionDefinition } from '../../engine/lambda/invocation';
import {
  importModuleErrorPayload,
  malformedHandlerPayload,
  syntaxErrorPayload,
  type ErrorPayload,
} from './error-payloads';
import { isCommonJs, wrapCommonJs } from './commonjs';
import { resolveSpecifier, type ModuleTarget } from './module-registry';

/** One import specifier in the compiled code, to be replaced by a URL. */
export interface ImportSite {
  start: number;
  end: number;
  /** True when `start`..`end` includes the quotes (dynamic `import("x")`). */
  quoted: boolean;
  target: ModuleTarget;
}

/** Handler code ready to load in an execution environment. */
export interface CompiledHandler {
  code: string;
  imports: ImportSite[];
  /** Module part of `Handler`, for example `index` in `index.handler`. */
  moduleName: string;
  /** File name stack traces show: `index.mjs`, or `index.js` for CommonJS. */
  runtimeFileName: string;
  /** Export path after the module, for example `['handler']`. */
  exportPath: string[];
}

/** Result of compiling a function's code. */
export type CompileOutcome =
  | { ok: true; handler: CompiledHandler }
  | { ok: false; payload: ErrorPayload };

/**
 * Compiles TypeScript with sucrase (ESM kept), wraps CommonJS code as an ES
 * module, then resolves imports.
 */
export async function compileHandler(
  fn: FunctionDefinition,
  builtins: readonly string[],
): Promise<CompileOutcome> {
  const handlerMatch = /^([^.]+)\.(.+)$/.exec(fn.handler);
  if (!handlerMatch) return { ok: false, payload: malformedHandlerPayload() };
  const moduleName = handlerMatch[1] ?? 'index';
  const exportPath = (handlerMatch[2] ?? '').split('.');
  const fileName = `${moduleName}.${fn.language === 'typescript' ? 'ts' : 'mjs'}`;

  let code: string;
  try {
    code = transform(fn.code, {
      transforms: fn.language === 'typescript' ? ['typescript'] : [],
      disableESTransforms: true,
      filePath: fileName,
    }).code;
    // Sucrase keeps JavaScript as written; only TypeScript output is used.
    if (fn.language === 'javascript') code = fn.code;
  } catch (error) {
    return { ok: false, payload: syntaxPayload(error, fn.code, fileName) };
  }

  await initLexer;
  let imports;
  let runtimeFileName = `${moduleName}.mjs`;
  try {
    let hasModuleSyntax: boolean;
    [imports, , , hasModuleSyntax] = parseModule(code);
    if (isCommonJs(code, hasModuleSyntax)) {
      runtimeFileName = `${moduleName}.js`;
      code = wrapCommonJs(code, builtins, runtimeFileName);
      [imports] = parseModule(code);
    }
  } catch (error) {
    return { ok: false, payload: syntaxPayload(error, fn.code, fileName) };
  }

  const sites: ImportSite[] = [];
  for (const entry of imports) {
    if (entry.type === 'import-meta') continue;
    const specifier = entry.specifier;
    // A computed `import(name)` cannot be resolved ahead of time.
    if (specifier === undefined) continue;
    const target = resolveSpecifier(specifier, builtins);
    if (!target) return { ok: false, payload: importModuleErrorPayload(specifier) };
    sites.push({ start: entry.start, end: entry.end, quoted: entry.type === 'dynamic', target });
  }

  return {
    ok: true,
    handler: { code, imports: sites, moduleName, runtimeFileName, exportPath },
  };
}

interface ParserError {
  message?: unknown;
  loc?: { line: number; column: number };
  idx?: number;
}

function syntaxPayload(error: unknown, source: string, fileName: string): ErrorPayload {
  const parserError = (error ?? {}) as ParserError;
  const message = String(parserError.message ?? error).replace(/^Error transforming [^:]*: /, '');
  const line = parserError.loc?.line ?? lineOfIndex(source, parserError.idx);
  const column = parserError.loc?.column ?? 1;
  if (line === undefined) return syntaxErrorPayload(message, []);

  const frame = [`    at file:///var/task/${fileName}:${line}:${column}`];
  const sourceLine = source.split('\n')[line - 1];
  if (sourceLine !== undefined) {
    const gutter = `${line} | `;
    frame.push(`${gutter}${sourceLine}`, `${' '.repeat(gutter.length + Math.max(0, column - 1))}^`);
  }

  return syntaxErrorPayload(message, frame);
}

function lineOfIndex(source: string, index: number | undefined): number | undefined {
  if (index === undefined || index < 0) return undefined;

  return source.slice(0, index).split('\n').length;
}
