import { BROWSER_GUEST_SOURCE } from '../shared/guest-platforms';

/** Message the page posts, with one port, to connect to the relay. */
export const CONNECT_MESSAGE = 'lambda-playground:connect';

/** Longest log line the relay forwards, in characters. */
export const MAX_RELAYED_LINE = 65_536;

/** Largest result the relay forwards, in characters of JSON. */
export const MAX_RELAYED_RESULT = 6_400_000;

/**
 * The one script of the sandbox document. It accepts a single port from its
 * parent, starts one `data:` module worker per environment from its own
 * constant guest source, forwards messages with caps, and responds to pings. It
 * never evaluates received strings and never writes to the DOM.
 */
export function buildRelaySource(): string {
  const guest = JSON.stringify(BROWSER_GUEST_SOURCE).replace(/</g, '\\u003c');

  return String.raw`(function () {
'use strict';
var GUEST_URL = 'data:text/javascript,' + encodeURIComponent(${guest});
var MAX_LINE = ${MAX_RELAYED_LINE};
var MAX_RESULT = ${MAX_RELAYED_RESULT};
var workers = new Map();
var port = null;
function capped(message) {
  if (!message || typeof message !== 'object') return null;
  if (message.type === 'log' && typeof message.line === 'string' && message.line.length > MAX_LINE) {
    return { type: 'log', line: message.line.slice(0, MAX_LINE) + ' [truncated]' };
  }
  if (message.type === 'result' && typeof message.json === 'string' && message.json.length > MAX_RESULT) {
    return { type: 'result', requestId: message.requestId, durationMs: message.durationMs, ok: false, tooLarge: true, bytes: message.json.length };
  }
  return message;
}
function create(envId) {
  var worker = new Worker(GUEST_URL, { type: 'module' });
  workers.set(envId, worker);
  worker.onmessage = function (event) {
    var message = capped(event.data);
    if (message) port.postMessage({ type: 'message', envId: envId, message: message });
  };
  worker.onerror = function (event) {
    event.preventDefault();
    worker.terminate();
    workers.delete(envId);
    port.postMessage({ type: 'exit', envId: envId, reason: 'the environment worker failed to start or crashed' });
  };
}
function onPortMessage(event) {
  var message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'ping') { port.postMessage({ type: 'pong', seq: message.seq }); return; }
  var envId = String(message.envId);
  if (message.type === 'create') { if (!workers.has(envId)) create(envId); return; }
  var worker = workers.get(envId);
  if (!worker) return;
  if (message.type === 'send') worker.postMessage(message.message);
  else if (message.type === 'terminate') { worker.terminate(); workers.delete(envId); }
}
window.addEventListener('message', function (event) {
  if (port || event.source !== window.parent || event.data !== '${CONNECT_MESSAGE}' || event.ports.length !== 1) return;
  port = event.ports[0];
  port.onmessage = onPortMessage;
  port.postMessage({ type: 'hello' });
});
})();`;
}
