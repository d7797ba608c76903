/**
 * A small `util.format` and `util.inspect` for browser workers, where Node's
 * are absent. NOTE: output matches Node's for primitives, flat objects and
 * arrays; Node wraps long objects over several lines, this one never does.
 */
export const BROWSER_FORMAT = String.raw`
function inspectKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : "'" + key.replace(/'/g, "\\'") + "'";
}
function browserInspect(value, options, depth, seen) {
  depth = depth === undefined ? 0 : depth;
  seen = seen === undefined ? [] : seen;
  if (value === null) return 'null';
  const kind = typeof value;
  if (kind === 'string') return depth === 0 && options === 'top' ? value : "'" + value.replace(/'/g, "\\'") + "'";
  if (kind === 'number' || kind === 'boolean' || kind === 'undefined') return String(value);
  if (kind === 'bigint') return String(value) + 'n';
  if (kind === 'symbol') return value.toString();
  if (kind === 'function') {
    const isClass = /^class[\s{]/.test(Function.prototype.toString.call(value));
    return value.name ? (isClass ? '[class ' + value.name + ']' : '[Function: ' + value.name + ']') : '[Function (anonymous)]';
  }
  if (value instanceof Error) return value.stack || String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (seen.indexOf(value) !== -1) return '[Circular *1]';
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  const next = seen.concat([value]);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[ ' + value.map(function (item) { return browserInspect(item, undefined, depth + 1, next); }).join(', ') + ' ]';
  }
  if (value instanceof Map) {
    const entries = Array.from(value.entries()).map(function (pair) {
      return browserInspect(pair[0], undefined, depth + 1, next) + ' => ' + browserInspect(pair[1], undefined, depth + 1, next);
    });
    return 'Map(' + value.size + ') {' + (entries.length ? ' ' + entries.join(', ') + ' ' : '') + '}';
  }
  if (value instanceof Set) {
    const items = Array.from(value).map(function (item) { return browserInspect(item, undefined, depth + 1, next); });
    return 'Set(' + value.size + ') {' + (items.length ? ' ' + items.join(', ') + ' ' : '') + '}';
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  return '{ ' + keys.map(function (key) {
    return inspectKey(key) + ': ' + browserInspect(value[key], undefined, depth + 1, next);
  }).join(', ') + ' }';
}
function browserFormat() {
  const args = Array.prototype.slice.call(arguments);
  if (args.length === 0) return '';
  let out = '';
  let index = 1;
  const first = args[0];
  if (typeof first === 'string') {
    out = first.replace(/%([sdifjoOc%])/g, function (match, letter) {
      if (letter === '%') return '%';
      if (index >= args.length) return match;
      const arg = args[index++];
      switch (letter) {
        case 's': return typeof arg === 'string' ? arg : typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'object' && arg !== null ? browserInspect(arg, undefined, 1) : String(arg);
        case 'd': return typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'object' ? 'NaN' : String(Number(arg));
        case 'i': return typeof arg === 'bigint' ? arg + 'n' : String(parseInt(arg, 10));
        case 'f': return String(parseFloat(arg));
        case 'j': try { return JSON.stringify(arg); } catch (e) { return '[Circular]'; }
        case 'c': return '';
        default: return browserInspect(arg);
      }
    });
  } else {
    out = browserInspect(first);
  }
  for (; index < args.length; index++) {
    const arg = args[index];
    out += ' ' + (typeof arg === 'string' ? arg : browserInspect(arg));
  }
  return out;
}
`;
