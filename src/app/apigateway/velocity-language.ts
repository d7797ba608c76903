import type * as Monaco from 'monaco-editor';

/** Monaco language id of API Gateway mapping templates (Apache Velocity). */
export const VELOCITY_LANGUAGE = 'velocity';

// Monaco ships no Velocity grammar. This one marks directives, references,
// comments, strings and numbers, and leaves the JSON text between them plain.
const TOKENS: Monaco.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.vtl',
  directives: [
    'if',
    'elseif',
    'else',
    'end',
    'foreach',
    'set',
    'break',
    'stop',
    'macro',
    'define',
    'parse',
    'include',
    'evaluate',
  ],
  tokenizer: {
    root: [
      [/##.*$/, 'comment'],
      [/#\*/, 'comment', '@blockComment'],
      [/#\{?([a-zA-Z]+)\}?/, { cases: { '$1@directives': 'keyword', '@default': '' } }],
      [/\$!?\{/, 'variable', '@braced'],
      [/\$!?[a-zA-Z_][\w-]*/, 'variable', '@reference'],
      [/"([^"\\$]|\\.)*"/, 'string'],
      [/'([^'\\]|\\.)*'/, 'string'],
      [/-?\d+(\.\d+)?/, 'number'],
      [/\b(true|false|null)\b/, 'keyword'],
      [/[^#$"'\d\w]+|./, ''],
    ],
    reference: [
      [/\.[a-zA-Z_]\w*/, 'variable'],
      [/\(/, 'delimiter.parenthesis', '@arguments'],
      [/\[/, 'delimiter.bracket', '@index'],
      ['', '', '@pop'],
    ],
    braced: [
      [/\}/, 'variable', '@pop'],
      { include: 'expression' },
    ],
    arguments: [
      [/\)/, 'delimiter.parenthesis', '@pop'],
      { include: 'expression' },
    ],
    index: [
      [/\]/, 'delimiter.bracket', '@pop'],
      { include: 'expression' },
    ],
    expression: [
      [/"([^"\\]|\\.)*"/, 'string'],
      [/'([^'\\]|\\.)*'/, 'string'],
      [/-?\d+(\.\d+)?/, 'number'],
      [/\$!?[a-zA-Z_][\w-]*/, 'variable'],
      [/\.[a-zA-Z_]\w*/, 'variable'],
      [/\(/, 'delimiter.parenthesis', '@arguments'],
      [/[^)\]}"'$(.]+|./, ''],
    ],
    blockComment: [
      [/\*#/, 'comment', '@pop'],
      [/./, 'comment'],
    ],
  },
};

let registered = false;

/** Registers the Velocity language with Monaco once. */
export function registerVelocity(monaco: typeof Monaco): void {
  if (registered) {
    return;
  }
  registered = true;
  monaco.languages.register({ id: VELOCITY_LANGUAGE, aliases: ['Velocity', 'VTL'] });
  monaco.languages.setMonarchTokensProvider(VELOCITY_LANGUAGE, TOKENS);
  monaco.languages.setLanguageConfiguration(VELOCITY_LANGUAGE, {
    comments: { lineComment: '##', blockComment: ['#*', '*#'] },
    brackets: [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ],
    // Monaco would otherwise close every bracket typed, which fights the
    // half-written JSON and VTL of a template.
    autoClosingPairs: [],
  });
}
