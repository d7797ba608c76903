/**
 * A small YAML emitter for CloudFormation templates: block maps and lists,
 * scalars quoted wherever a YAML 1.1 or 1.2 reader could take them for
 * something else, literal blocks for multi-line text, and the short-form
 * tags !Ref, !GetAtt and !Sub.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html
 */

/** The CloudFormation short-form tags the templates use. */
export type CfnTagName = '!Ref' | '!GetAtt' | '!Sub';

/** A value written with a short-form intrinsic function tag. */
export class CfnTag {
  constructor(
    readonly tag: CfnTagName,
    readonly value: YamlValue,
  ) {}
}

/**
 * Value the emitter can write. Map entries whose value is undefined are left
 * out.
 */
export type YamlValue =
  | string
  | number
  | boolean
  | null
  | CfnTag
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue | undefined };

/** `!Ref name`: a parameter's value, or a resource's primary id. */
export function ref(logicalId: string): CfnTag {
  return new CfnTag('!Ref', logicalId);
}

/** `!GetAtt resource.attribute`. */
export function getAtt(logicalId: string, attribute: string): CfnTag {
  return new CfnTag('!GetAtt', `${logicalId}.${attribute}`);
}

/** `!Sub text`, or the list form with a variable map. */
export function sub(text: string, variables?: Record<string, YamlValue>): CfnTag {
  return new CfnTag('!Sub', variables ? [text, variables] : text);
}

const INDENT = '  ';

// Words YAML 1.1 readers (CloudFormation, PyYAML) turn into booleans or null.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|=|<<)$/i;
// Anything that starts like a number, a date or a sexagesimal value.
const NUMERIC_START = /^[-+]?\.?\d/;
const SPECIAL_FLOAT = /^[-+]?\.(?:inf|nan)$/i;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// Characters a YAML reader treats as line breaks or cannot take unescaped.
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

function isPlainSafe(text: string): boolean {
  return (
    text.length > 0 &&
    text.trim() === text &&
    !/[\n\t]/.test(text) &&
    !NEEDS_ESCAPE.test(text) &&
    !RESERVED.test(text) &&
    !NUMERIC_START.test(text) &&
    !SPECIAL_FLOAT.test(text) &&
    !INDICATOR_START.test(text) &&
    !text.includes(': ') &&
    !text.includes(' #') &&
    !text.endsWith(':')
  );
}

function doubleQuoted(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (NEEDS_ESCAPE.test(char) || code < 0x20) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }

  return `${out}"`;
}

/** Writes a string as a single-line scalar: plain, single- or double-quoted. */
export function scalarText(text: string): string {
  if (isPlainSafe(text)) return text;
  if (/[\n\t\r]/.test(text) || NEEDS_ESCAPE.test(text)) return doubleQuoted(text);

  return `'${text.replaceAll("'", "''")}'`;
}

/** Multi-line text fits a literal block unless it starts with a space or needs escapes. */
function isLiteralBlock(text: string): boolean {
  return (
    text.includes('\n') &&
    !/^[\s]/.test(text) &&
    !text.includes('\r') &&
    !NEEDS_ESCAPE.test(text)
  );
}

function literalBlock(text: string, indent: string): { header: string; lines: string[] } {
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  // YAML's chomping indicator: strip, clip (one final line break) or keep.
  let chomp = '+';
  if (trailing === 0) {
    chomp = '-';
  } else if (trailing === 1) {
    chomp = '';
  }
  const body = trailing === 0 ? text : text.slice(0, -trailing);
  const lines = body.split('\n').map((line) => (line === '' ? '' : indent + line));
  for (let index = 1; index < trailing; index += 1) lines.push('');

  return { header: `|${chomp}`, lines };
}

function isMap(value: YamlValue): value is { readonly [key: string]: YamlValue | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CfnTag);
}

function mapEntries(value: { readonly [key: string]: YamlValue | undefined }): [string, YamlValue][] {
  return Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
}

function isEmptyCollection(value: YamlValue): boolean {
  return (Array.isArray(value) && value.length === 0) || (isMap(value) && mapEntries(value).length === 0);
}

function inlineScalar(value: YamlValue): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`YAML cannot hold the number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return value.includes('\n') && isLiteralBlock(value) ? undefined : scalarText(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isMap(value) && mapEntries(value).length === 0) return '{}';

  return undefined;
}

/**
 * Renders what follows `prefix` (such as `key:` or `-`) for a value at
 * `indent`: the rest of the first line, and the lines below it.
 */
function renderAfter(prefix: string, value: YamlValue, indent: string): string[] {
  if (value instanceof CfnTag) {
    const inner = inlineScalar(value.value);
    if (inner !== undefined) return [`${prefix} ${value.tag} ${inner}`];
    return renderAfter(`${prefix} ${value.tag}`, value.value, indent);
  }
  const inline = inlineScalar(value);
  if (inline !== undefined) return [`${prefix} ${inline}`];
  if (typeof value === 'string') {
    const block = literalBlock(value, indent + INDENT);
    return [`${prefix} ${block.header}`, ...block.lines];
  }

  return [prefix, ...renderBlock(value, indent + INDENT)];
}

function renderListItem(item: YamlValue, indent: string): string[] {
  const nested = isMap(item) || (Array.isArray(item) && !isEmptyCollection(item));
  if (!nested) return renderAfter(`${indent}-`, item, indent);
  // A map or list inside a list starts on the dash line.
  const lines = renderBlock(item, indent + INDENT);
  const [first = '', ...rest] = lines;

  return [`${indent}- ${first.slice(indent.length + INDENT.length)}`, ...rest];
}

function renderBlock(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item: YamlValue) => renderListItem(item, indent));
  if (isMap(value)) {
    return mapEntries(value).flatMap(([key, item]) => renderAfter(`${indent}${scalarText(key)}:`, item, indent));
  }
  throw new Error('renderBlock expects a map or a list');
}

/** Writes a document whose top level is a map or a list, ending with a newline. */
export function toYaml(document: YamlValue): string {
  if (!isMap(document) && !Array.isArray(document)) {
    throw new Error('A YAML document here is a map or a list.');
  }

  return `${renderBlock(document, '').join('\n')}\n`;
}
