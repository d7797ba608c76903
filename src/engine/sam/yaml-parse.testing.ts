/**
 * Test helper: reads back the YAML subset that `toYaml` writes (block maps
 * and lists, plain and quoted scalars, literal blocks, short-form tags), so
 * that tests can check a template's structure instead of its text.
 */
import { CfnTag, type CfnTagName, type YamlValue } from './yaml';

interface Line {
  indent: number;
  text: string;
}

type Parsed = YamlValue | undefined;

const MAP_KEY = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|(?:[^'"\s!|>\-[{]|-[^\s:])(?:[^:]|:(?! |$))*?):(?: |$)/;

function plainScalar(text: string): YamlValue {
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?\d+\.\d+(?:e[-+]?\d+)?$/i.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null' || text === '~') return null;
  if (text === '[]') return [];
  if (text === '{}') return {};

  return text;
}

function scalar(text: string): YamlValue {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`Unclosed quote: ${text}`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  if (text.startsWith('"')) return JSON.parse(text) as string;

  return plainScalar(text);
}

class Parser {
  private position = 0;

  constructor(private readonly lines: Line[]) {}

  private current(): Line | undefined {
    return this.lines[this.position];
  }

  parseDocument(): YamlValue {
    const value = this.block(0);
    if (this.current()) throw new Error(`Unexpected line ${this.position + 1}: ${this.current()?.text}`);
    return value;
  }

  private block(indent: number): YamlValue {
    const line = this.current();
    if (!line || line.indent !== indent) throw new Error(`Expected a block at indent ${indent}`);
    return line.text === '-' || line.text.startsWith('- ') ? this.list(indent) : this.map(indent);
  }

  private map(indent: number): YamlValue {
    const result: Record<string, YamlValue> = {};
    for (let line = this.current(); line && line.indent === indent; line = this.current()) {
      if (line.text.startsWith('- ')) break;
      const match = MAP_KEY.exec(line.text);
      if (!match) throw new Error(`Not a map entry on line ${this.position + 1}: ${line.text}`);
      const key = String(scalar(match[1] ?? ''));
      if (key in result) throw new Error(`Duplicate key ${key}`);
      this.position += 1;
      result[key] = this.value(line.text.slice(match[0].length), indent);
    }

    return result;
  }

  private list(indent: number): YamlValue {
    const result: YamlValue[] = [];
    for (let line = this.current(); line && line.indent === indent; line = this.current()) {
      if (line.text !== '-' && !line.text.startsWith('- ')) break;
      const rest = line.text.slice(2);
      if (MAP_KEY.test(rest) || rest.startsWith('- ')) {
        // A nested map or list that starts on the dash line.
        this.lines[this.position] = { indent: indent + 2, text: rest };
        result.push(this.block(indent + 2));
      } else {
        this.position += 1;
        result.push(this.value(rest, indent));
      }
    }

    return result;
  }

  private value(rest: string, parentIndent: number): YamlValue {
    if (rest.startsWith('!')) {
      const space = rest.indexOf(' ');
      const tag = (space < 0 ? rest : rest.slice(0, space)) as CfnTagName;
      return new CfnTag(tag, this.value(space < 0 ? '' : rest.slice(space + 1), parentIndent));
    }
    if (rest.startsWith('|')) return this.literal(rest, parentIndent);
    if (rest !== '') return scalar(rest);
    const next = this.current();
    if (!next || next.indent <= parentIndent) return null;

    return this.block(next.indent);
  }

  private literal(header: string, parentIndent: number): string {
    const chomp = header.slice(1);
    const body: string[] = [];
    let contentIndent: number | undefined;
    for (let line = this.current(); line; line = this.current()) {
      if (line.text !== '' && line.indent <= parentIndent) break;
      if (line.text !== '') contentIndent ??= line.indent;
      body.push(line.text === '' ? '' : ' '.repeat(line.indent - (contentIndent ?? 0)) + line.text);
      this.position += 1;
    }
    const text = body.join('\n');
    if (chomp === '-') return text.replace(/\n+$/, '');
    if (chomp === '+') return `${text}\n`;

    return `${text.replace(/\n+$/, '')}\n`;
  }
}

/** Parses the YAML subset `toYaml` writes; throws on anything else. */
export function parseYaml(text: string): YamlValue {
  const lines = text
    .replace(/\n$/, '')
    .split('\n')
    .map((raw) => {
      const indent = /^ */.exec(raw)?.[0].length ?? 0;
      return { indent, text: raw.trim() === '' ? '' : raw.slice(indent) };
    });

  return new Parser(lines).parseDocument();
}

/** Reads a path such as `Resources.Hello.Properties.Timeout` from parsed YAML. */
export function at(value: Parsed, path: string): Parsed {
  let node: Parsed = value;
  for (const key of path.split('.')) {
    if (node === undefined || node === null || typeof node !== 'object' || node instanceof CfnTag) return undefined;
    node = Array.isArray(node) ? (node as YamlValue[])[Number(key)] : (node as Record<string, YamlValue>)[key];
  }

  return node;
}
