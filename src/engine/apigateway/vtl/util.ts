import { base64ToBytes, bytesToBase64, utf8Bytes, utf8Text } from '../../util/base64';

const CONTROL_ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * Escapes a string with JavaScript string rules, `'` as `\'` included, which
 * is not valid JSON; templates undo it with `.replaceAll("\\'","'")`.
 * NOTE: whether AWS also escapes `/` and non-ASCII characters is not
 * documented; they are left as they are.
 */
export function escapeJavaScript(value: unknown): string {
  return String(value ?? '').replace(/[\\'"\u0000-\u001f]/g, (character) => {
    if (character === '\\' || character === "'" || character === '"') {
      return `\\${character}`;
    }
    return CONTROL_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Encodes as application/x-www-form-urlencoded: space as `+`, UTF-8 bytes as `%XX`. */
export function urlEncode(value: unknown): string {
  let output = '';
  for (const byte of utf8Bytes(String(value ?? ''))) {
    const character = String.fromCharCode(byte);
    if (/[A-Za-z0-9.*_-]/.test(character)) {
      output += character;
    } else if (character === ' ') {
      output += '+';
    } else {
      output += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }

  return output;
}

/** Decodes application/x-www-form-urlencoded text; throws on a malformed escape. */
export function urlDecode(value: unknown): string {
  const text = String(value ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    throw new Error(`$util.urlDecode: '${text}' has a malformed %-escape`);
  }
}

/** Encodes a string's UTF-8 bytes as base64. */
export function base64Encode(value: unknown): string {
  return bytesToBase64(utf8Bytes(String(value ?? '')));
}

/** Decodes base64 into a UTF-8 string; throws when the text is not base64. */
export function base64Decode(value: unknown): string {
  const bytes = base64ToBytes(String(value ?? ''));
  if (!bytes) {
    throw new Error(`$util.base64Decode: '${String(value)}' is not valid base64`);
  }

  return utf8Text(bytes);
}

/** Parses a JSON string into an object a template can navigate. */
export function parseJson(value: unknown): unknown {
  try {
    return JSON.parse(String(value));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`$util.parseJson: invalid JSON: ${reason}`);
  }
}

/**
 * Creates the `$util` variable of mapping templates.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export function createUtil() {
  return { escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode, base64Decode };
}
