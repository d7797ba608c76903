import { GUEST_CORE } from './guest-core';
import { BROWSER_FORMAT } from './guest-format';

/** Platform prefix for a `worker_threads` worker started with `eval: true`. */
const NODE_PLATFORM = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const nodeUtil = require('node:util');
const nodeV8 = require('node:v8');
// An eval worker exposes CommonJS globals to every module; handler code must
// see neither them nor a working require(), as in an ES module on Lambda.
for (const name of ['require', 'module', 'exports', '__filename', '__dirname']) delete globalThis[name];
const platform = {
  post: function (message) { parentPort.postMessage(message); },
  onMessage: function (listener) { parentPort.on('message', listener); },
  format: nodeUtil.format,
  moduleUrl: function (source) {
    return 'data:text/javascript,' + encodeURIComponent(source).replace(/'/g, '%27');
  },
  builtinUrl: function (name) { return name; },
  heapUsed: function () { return nodeV8.getHeapStatistics().used_heap_size; },
  // The worker gets process.env from the Worker env option.
  installEnv: function () {},
  onFatal: function (listener) {
    process.on('uncaughtException', function (error) { listener(error, 'uncaught'); });
    process.on('unhandledRejection', function (reason) { listener(reason, 'rejection'); });
  },
};
`;

/** Node.js built-ins offered in the browser, as small module sources. */
const BROWSER_BUILTINS = String.raw`
const BUILTIN_SOURCES = {
  'node:crypto': "export const randomUUID = () => crypto.randomUUID();\n" +
    "export const getRandomValues = (array) => crypto.getRandomValues(array);\n" +
    "export const webcrypto = crypto;\nexport const subtle = crypto.subtle;\n" +
    "export default { randomUUID, getRandomValues, webcrypto, subtle };",
  'node:util': "const util = globalThis[Symbol.for('lambda-playground.util')];\n" +
    "export const format = util.format;\nexport const inspect = util.inspect;\n" +
    "export const promisify = util.promisify;\n" +
    "export const TextEncoder = globalThis.TextEncoder;\nexport const TextDecoder = globalThis.TextDecoder;\n" +
    "export default { format, inspect, promisify, TextEncoder, TextDecoder };",
};
`;

/** Platform prefix for a browser module worker inside the sandbox iframe. */
const BROWSER_PLATFORM = String.raw`
const builtinUrls = new Map();
const platform = {
  post: function (message) { self.postMessage(message); },
  onMessage: function (listener) { self.addEventListener('message', function (event) { listener(event.data); }); },
  format: browserFormat,
  moduleUrl: function (source) {
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  },
  builtinUrl: function (name) {
    if (!builtinUrls.has(name)) builtinUrls.set(name, platform.moduleUrl(BUILTIN_SOURCES[name]));
    return builtinUrls.get(name);
  },
  heapUsed: function () { return undefined; },
  installEnv: function (env) {
    globalThis.global = globalThis;
    globalThis.process = {
      env: Object.assign({}, env),
      platform: 'linux',
      argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
      cwd: function () { return '/var/task'; },
      nextTick: function (fn) {
        const args = Array.prototype.slice.call(arguments, 1);
        queueMicrotask(function () { fn.apply(null, args); });
      },
      exit: function (code) {
        self.postMessage({ type: 'exit', code: code === undefined ? 0 : Number(code) });
        self.close();
        throw new Error('process.exit() called');
      },
    };
  },
  onFatal: function (listener) {
    self.addEventListener('error', function (event) {
      event.preventDefault();
      listener(event.error === undefined ? new Error(event.message) : event.error, 'uncaught');
    });
    self.addEventListener('unhandledrejection', function (event) {
      event.preventDefault();
      listener(event.reason, 'rejection');
    });
  },
};
globalThis[Symbol.for('lambda-playground.util')] = Object.freeze({
  format: browserFormat,
  inspect: browserInspect,
  promisify: function (fn) {
    return function () {
      const args = Array.prototype.slice.call(arguments);
      return new Promise(function (resolve, reject) {
        fn.apply(null, args.concat([function (error, value) { if (error) reject(error); else resolve(value); }]));
      });
    };
  },
});
`;

/** Full guest source for a `worker_threads` worker (`eval: true`). */
export const NODE_GUEST_SOURCE = NODE_PLATFORM + GUEST_CORE;

/** Full guest source for a browser module worker. */
export const BROWSER_GUEST_SOURCE =
  BROWSER_FORMAT + BROWSER_BUILTINS + BROWSER_PLATFORM + GUEST_CORE;
