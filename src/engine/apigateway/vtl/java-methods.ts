/**
 * Java methods that templates call on strings, lists and maps, which
 * velocityjs does not provide or gives JavaScript meaning (`replaceAll`
 * takes a Java regular expression, not a literal).
 */

type Handler = (target: unknown, params: unknown[]) => unknown;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts a Java replacement string (`$1`, `\$`) to a JavaScript one. */
function javaReplacement(replacement: string): string {
  return replacement.replace(/\\(.)|\$(\d)|\$/g, (whole, escaped: string | undefined, group: string | undefined) => {
    if (escaped !== undefined) {
      return escaped === '$' ? '$$' : escaped;
    }
    return group !== undefined ? `$${group}` : '$$';
  });
}

const STRING_METHODS: Record<string, Handler> = {
  replaceAll: (target, [pattern, replacement]) =>
    String(target).replace(new RegExp(String(pattern), 'g'), javaReplacement(String(replacement))),
  replaceFirst: (target, [pattern, replacement]) =>
    String(target).replace(new RegExp(String(pattern)), javaReplacement(String(replacement))),
  matches: (target, [pattern]) => new RegExp(`^(?:${String(pattern)})$`).test(String(target)),
  length: (target) => String(target).length,
  contains: (target, [part]) => String(target).includes(String(part)),
  equals: (target, [other]) => String(target) === String(other),
  equalsIgnoreCase: (target, [other]) => String(target).toLowerCase() === String(other).toLowerCase(),
  isEmpty: (target) => String(target).length === 0,
  split: (target, [pattern]) => String(target).split(new RegExp(String(pattern))),
};

const LIST_METHODS: Record<string, Handler> = {
  get: (target, [index]) => (target as unknown[])[Number(index)],
  isEmpty: (target) => (target as unknown[]).length === 0,
  contains: (target, [item]) => (target as unknown[]).includes(item),
};

const MAP_METHODS: Record<string, Handler> = {
  containsKey: (target, [key]) => Object.hasOwn(target as object, String(key)),
  isEmpty: (target) => Object.keys(target as object).length === 0,
  values: (target) => Object.values(target as object),
  put: (target, [key, value]) => {
    (target as Record<string, unknown>)[String(key)] = value;
    return '';
  },
};

function handlerFor(target: unknown, property: string): Handler | undefined {
  if (typeof target === 'string') {
    return STRING_METHODS[property];
  }
  if (Array.isArray(target)) {
    return LIST_METHODS[property];
  }
  // A map's own function-valued keys, such as $input.json, are left to velocityjs.
  if (isMap(target) && typeof target[property] !== 'function') {
    return MAP_METHODS[property];
  }

  return undefined;
}

/** velocityjs `customMethodHandlers` entries for the Java methods above. */
export const JAVA_METHOD_HANDLERS = [
  {
    uid: 'java-methods',
    match: ({ property, context }: { property: string; context: unknown }) => handlerFor(context, property) !== undefined,
    resolve: ({ property, context, params }: { property: string; context: unknown; params: unknown[] }) =>
      handlerFor(context, property)?.(context, params),
  },
];
