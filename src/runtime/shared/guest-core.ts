import { MAX_LOG_CHARS, MAX_LOG_LINES } from './log-buffer';

/**
 * The runtime loop that runs inside every execution environment, as plain
 * JavaScript text: the same source serves a `worker_threads` worker and a
 * browser module worker. A platform prefix defines `platform` (see
 * `guest-platforms.ts`). It follows AWS's Node.js runtime interface client
 * (https://github.com/aws/aws-lambda-nodejs-runtime-interface-client):
 * handler lookup, error payloads, `Invoke Error` logging, callbacks.
 */
export const GUEST_CORE = String.raw`
const HOST_KEY = Symbol.for('lambda-playground.host');
const LEVELS = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE' };
let currentRequestId = 'undefined';
let handlerFn = null;
let settings = null;
let invoking = null;
const pendingHostCalls = new Map();
let nextHostCallId = 1;

function post(message) { platform.post(message); }

// Log lines are capped here, before posting, so a handler that logs in a
// tight loop never floods the host (or the browser relay) with messages.
const MAX_LOG_LINES = ${MAX_LOG_LINES};
const MAX_LOG_CHARS = ${MAX_LOG_CHARS};
const DROP_REPORT_INTERVAL_MS = 100;
let logLines = 0;
let logChars = 0;
let logDropped = 0;
let lastDropReport = 0;

function reportDroppedLogs() {
  if (logDropped === 0) return;
  post({ type: 'log-dropped', count: logDropped });
  logDropped = 0;
  lastDropReport = Date.now();
}

// Reports the first drop at once and later ones every 100 ms, so a handler
// that is stopped mid-loop still gets its truncation notice.
function dropLog() {
  logDropped++;
  if (lastDropReport === 0 || Date.now() - lastDropReport >= DROP_REPORT_INTERVAL_MS) reportDroppedLogs();
}

function resetLogBudget() {
  reportDroppedLogs();
  logLines = 0;
  logChars = 0;
  lastDropReport = 0;
}

// Runtime lines (Invoke Error, Uncaught Exception) pass with force = true.
function writeLog(level, args, force) {
  if (!force && logLines >= MAX_LOG_LINES) { dropLog(); return; }
  const message = platform.format.apply(null, args);
  const line = new Date().toISOString() + '\t' + currentRequestId + '\t' + level + '\t' + message;
  if (!force && logChars + line.length > MAX_LOG_CHARS) { dropLog(); return; }
  logLines++;
  logChars += line.length;
  post(force ? { type: 'log', line: line, force: true } : { type: 'log', line: line });
}

for (const name of Object.keys(LEVELS)) {
  console[name] = function () { writeLog(LEVELS[name], Array.prototype.slice.call(arguments)); };
}

globalThis[HOST_KEY] = Object.freeze({
  call(module, operation, input) {
    const id = nextHostCallId++;
    let copy;
    try { copy = input === undefined ? null : JSON.parse(JSON.stringify(input)); } catch (e) { copy = null; }
    return new Promise(function (resolve, reject) {
      pendingHostCalls.set(id, { resolve: resolve, reject: reject });
      post({ type: 'host-call', id: id, module: module, operation: operation, input: copy });
    });
  },
});

function cleanStack(stack) {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').filter(function (line) {
    return !/\[worker eval\]|data:text\/javascript|node:internal/.test(line);
  });
}

function formatError(error) {
  try {
    if (error instanceof Error) {
      return { errorType: error.name, errorMessage: error.message, trace: cleanStack(error.stack) };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch (e) {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      trace: [],
    };
  }
}

function errorLogJson(error) {
  if (error instanceof Error) {
    const logged = { errorType: error.name, errorMessage: error.message };
    if (error.code !== undefined) logged.code = error.code;
    Object.assign(logged, error);
    logged.stack = cleanStack(error.stack);
    try { return JSON.stringify(logged); } catch (e) { return JSON.stringify(formatError(error)); }
  }
  try { return JSON.stringify(error); } catch (e) { return String(error); }
}

function namedError(name, message, stack) {
  const error = new Error(message);
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}

function rewriteImports(code, imports, urlFor) {
  let out = '';
  let last = 0;
  for (const site of imports) {
    out += code.slice(last, site.start);
    const url = urlFor(site.target);
    out += site.quoted ? JSON.stringify(url) : url;
    last = site.end;
  }
  return out + code.slice(last);
}

function resolveHandler(mod, exportPath, handlerString) {
  const find = function (root) {
    return exportPath.reduce(function (nested, key) {
      return nested && typeof nested === 'object' ? nested[key] : undefined;
    }, root);
  };
  let fn = find(mod);
  if (!fn && mod && typeof mod === 'object' && 'default' in mod) fn = find(mod.default);
  if (!fn) throw namedError('Runtime.HandlerNotFound', handlerString + ' is undefined or not exported');
  if (typeof fn !== 'function') throw namedError('Runtime.HandlerNotFound', handlerString + ' is not a function');
  return fn;
}

const COMMONJS_GLOBAL = /^(exports|require|module|__filename|__dirname) is not defined( in ES module scope)?$/;
const ES_SCOPE = ' in ES module scope';

// Classifies an error thrown while loading the handler module, as the
// runtime interface client's module loader does.
function reportedInitError(error) {
  if (error instanceof SyntaxError) {
    return namedError('Runtime.UserCodeSyntaxError', String(error), error.stack);
  }
  if (error && error.code === 'MODULE_NOT_FOUND') {
    return namedError('Runtime.ImportModuleError', 'Error: ' + error.message, error.stack);
  }
  if (error instanceof ReferenceError && COMMONJS_GLOBAL.test(error.message)) {
    // Node.js words it so for ES modules; browsers leave the suffix out.
    const original = error.message;
    if (!original.endsWith(ES_SCOPE)) {
      error.message = original + ES_SCOPE;
      if (typeof error.stack === 'string') error.stack = error.stack.replace(original, error.message);
    }
    writeLog('INFO', ['[lambda-playground] This code uses import or export, so it loads as an ES module, ' +
      'where exports, module.exports and require do not exist. Use export const handler = ... ' +
      'and import, or drop import and export to write CommonJS.'], true);
  }
  return error;
}

async function initialize(message) {
  settings = message;
  platform.installEnv(message.env);
  const urls = new Map();
  const urlFor = function (target) {
    const key = target.kind + ':' + target.name;
    if (!urls.has(key)) {
      urls.set(key, target.kind === 'builtin'
        ? platform.builtinUrl(target.name)
        : platform.moduleUrl(message.standIns[target.name] + '\n//# sourceURL=file:///var/runtime/node_modules/' + target.name + '/index.mjs'));
    }
    return urls.get(key);
  };
  try {
    const code = rewriteImports(message.code, message.imports, urlFor) +
      '\n//# sourceURL=file:///var/task/' + message.runtimeFileName;
    const mod = await import(platform.moduleUrl(code));
    handlerFn = resolveHandler(mod, message.exportPath, message.handlerString);
    if (!message.callbackSupported && handlerFn.length >= 3) {
      throw namedError('Runtime.CallbackHandlerDeprecated', 'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.');
    }
    reportDroppedLogs();
    post({ type: 'init-done', ok: true, heapUsed: platform.heapUsed() });
  } catch (error) {
    const reported = reportedInitError(error);
    writeLog('ERROR', ['Uncaught Exception', '\t' + errorLogJson(reported)], true);
    reportDroppedLogs();
    post({ type: 'init-done', ok: false, payload: formatError(reported) });
  }
}

function runHandler(fn, event, context) {
  return new Promise(function (resolve, reject) {
    let finished = false;
    const finish = function (error, value) {
      if (finished) return;
      finished = true;
      if (error !== undefined && error !== null) reject(error); else resolve(value);
    };
    const callbacks = settings.callbackSupported;
    if (callbacks) {
      context.done = function (error, value) { finish(error, value); };
      context.succeed = function (value) { finish(null, value); };
      context.fail = function (error) { finish(error === undefined || error === null ? 'handled' : error); };
    }
    let returned;
    try {
      returned = callbacks ? fn(event, context, function (error, value) { finish(error, value); }) : fn(event, context);
    } catch (error) {
      finish(error);
      return;
    }
    if (returned && typeof returned.then === 'function') {
      returned.then(function (value) { finish(null, value); }, function (error) { finish(error); });
    } else if (!callbacks) {
      finish(null, returned);
    } else if (fn.length < 3) {
      // NOTE: the Node.js 22 runtime returns null once the event loop is
      // empty; a worker cannot observe that, so null follows one macrotask.
      setTimeout(function () { finish(null, null); }, 0);
    }
  });
}

function serializeResult(value) {
  let json;
  try { json = JSON.stringify(value); } catch (error) {
    return { ok: false, payload: { errorType: 'Runtime.JSONStringifyError', errorMessage: 'Unable to stringify response body', trace: [] } };
  }
  if (json === undefined) json = 'null';
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > settings.maxResponseBytes) return { ok: false, tooLarge: true, bytes: bytes };
  return { ok: true, json: json };
}

async function invoke(message) {
  resetLogBudget();
  currentRequestId = message.requestId;
  const deadline = Date.now() + message.timeoutMs;
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: settings.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: settings.invokedFunctionArn,
    memoryLimitInMB: String(settings.memorySizeMb),
    awsRequestId: message.requestId,
    logGroupName: settings.logGroupName,
    logStreamName: settings.logStreamName,
    identity: undefined,
    clientContext: undefined,
    getRemainingTimeInMillis: function () { return deadline - Date.now(); },
  };
  invoking = message.requestId;
  const started = performance.now();
  let outcome;
  try {
    outcome = serializeResult(await runHandler(handlerFn, message.event, context));
  } catch (error) {
    writeLog('ERROR', ['Invoke Error', '\t' + errorLogJson(error)], true);
    outcome = { ok: false, payload: formatError(error) };
  }
  const durationMs = performance.now() - started;
  invoking = null;
  reportDroppedLogs();
  post(Object.assign({ type: 'result', requestId: message.requestId, durationMs: durationMs, heapUsed: platform.heapUsed() }, outcome));
}

function onFatal(error, kind) {
  const reported = kind === 'rejection'
    ? namedError('Runtime.UnhandledPromiseRejection', String(error), error instanceof Error ? error.stack : undefined)
    : error;
  writeLog('ERROR', [kind === 'rejection' ? 'Unhandled Promise Rejection' : 'Uncaught Exception', '\t' + errorLogJson(reported)], true);
  reportDroppedLogs();
  post({ type: 'fatal', requestId: invoking, payload: formatError(reported) });
}

platform.onFatal(onFatal);
platform.onMessage(function (message) {
  if (message.type === 'init') initialize(message);
  else if (message.type === 'invoke') invoke(message);
  else if (message.type === 'host-reply') {
    const pending = pendingHostCalls.get(message.id);
    if (!pending) return;
    pendingHostCalls.delete(message.id);
    if (message.ok) pending.resolve(message.value);
    else {
      const error = namedError(message.error.name, message.error.message);
      if (message.error.fields) Object.assign(error, message.error.fields);
      pending.reject(error);
    }
  }
});
post({ type: 'ready' });
`;
