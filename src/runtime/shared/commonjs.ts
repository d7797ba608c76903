import { resolveSpecifier } from './module-registry';

// `exports.x`, `exports[...]`, `module.exports`: what a CommonJS module writes.
const COMMONJS_EXPORTS = /(?:^|[^.\w$])(?:module\s*\.\s*exports|exports\s*[.[])/;
const REQUIRE_CALL = /(?:^|[^.\w$])require\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/**
 * Tells whether handler code is a CommonJS module: no `import` or `export`,
 * and an assignment through `exports` or `module.exports`. On AWS such code
 * lives in a `.js` file of a package without `"type": "module"`.
 */
export function isCommonJs(code: string, hasModuleSyntax: boolean): boolean {
  return !hasModuleSyntax && COMMONJS_EXPORTS.test(code);
}

/**
 * Wraps CommonJS code as an ES module whose default export is
 * `module.exports`, as Node.js wraps it in a function of `exports`,
 * `require`, `module`, `__filename` and `__dirname`. Every `require` of a
 * string literal that resolves becomes a static import; any other `require`
 * throws MODULE_NOT_FOUND when called, as Node.js does. The wrapper sits on
 * the first line, so line numbers in stack traces stay those of the source.
 * NOTE: the code runs in strict mode, because ES modules always do, while
 * Node.js runs CommonJS sloppy unless it declares "use strict".
 */
export function wrapCommonJs(code: string, builtins: readonly string[], fileName: string): string {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(REQUIRE_CALL)) {
    const specifier = match[2] ?? '';
    if (resolveSpecifier(specifier, builtins)) specifiers.add(specifier);
  }
  const imports = [...specifiers].map(
    (specifier, index) => `import * as __cjs${index} from ${JSON.stringify(specifier)};`,
  );
  const table = [...specifiers].map(
    (specifier, index) => `${JSON.stringify(specifier)}: __cjs${index}`,
  );
  const prelude = [
    ...imports,
    `const __cjsModules = { ${table.join(', ')} };`,
    'const __cjsModule = { exports: {} };',
    'const __cjsRequire = function (specifier) {',
    ' if (!Object.prototype.hasOwnProperty.call(__cjsModules, specifier)) {',
    " const error = new Error(\"Cannot find module '\" + specifier + \"'\");",
    " error.code = 'MODULE_NOT_FOUND'; throw error; }",
    ' const namespace = __cjsModules[specifier];',
    " const names = Object.keys(namespace);",
    " return names.length === 1 && names[0] === 'default' ? namespace.default : namespace; };",
    '(function (exports, require, module, __filename, __dirname) {',
  ].join(' ');
  const filename = JSON.stringify(`/var/task/${fileName}`);
  const epilogue =
    `\n}).call(__cjsModule.exports, __cjsModule.exports, __cjsRequire, __cjsModule, ${filename}, '/var/task');\n` +
    'export default __cjsModule.exports;\n';

  return prelude + code + epilogue;
}
