import { SEEDED_CLOCK_ISO } from './environment';

/** How to start the command line from the project root. */
export const INVOCATION = 'npm run -s cli --';

/** Help for one command of the command line. */
export interface CommandHelp {
  /** The words that select the command, for example `event alb`. */
  name: string;
  synopsis: string;
  summary: string;
  /** More lines for the command's own help, such as its output format. */
  details?: string[];
  /** Option flags with what each sets. */
  options: [flag: string, description: string][];
}

const SEED_OPTION: [string, string] = [
  '--seed N',
  `seed for generated ids, 0 to 4294967295;\nalso fixes the clock at ${SEEDED_CLOCK_ISO}`,
];

/** Every command of the command line's design, in help order. */
export const COMMAND_HELP: CommandHelp[] = [
  {
    name: 'event alb',
    synopsis: 'event alb --request FILE [--multi-value-headers] [--seed N]',
    summary: 'ALB event for a raw HTTP/1.1 request',
    options: [
      [
        '--request FILE',
        'raw HTTP/1.1 request: request line, headers,\nblank line, body',
      ],
      [
        '--multi-value-headers',
        'build multiValueHeaders and\nmultiValueQueryStringParameters',
      ],
      SEED_OPTION,
    ],
  },
  {
    name: 'event apigw-rest',
    synopsis: 'event apigw-rest --request FILE --resource PATH [--seed N]',
    summary: 'API Gateway REST API proxy event (payload 1.0)',
    options: [
      ['--request FILE', 'raw HTTP/1.1 request; its path is relative to\nthe stage (prod)'],
      ['--resource PATH', 'matched resource, such as /items/{id} or\n/{proxy+}'],
      SEED_OPTION,
    ],
  },
  {
    name: 'event apigw-http',
    synopsis:
      'event apigw-http --request FILE --route "METHOD PATH" [--payload-version 1.0] [--seed N]',
    summary: 'API Gateway HTTP API event (payload 2.0 or 1.0)',
    options: [
      ['--request FILE', 'raw HTTP/1.1 request to the $default stage'],
      ['--route "METHOD PATH"', 'matched route, such as "GET /items/{id}",\n"ANY /{proxy+}" or $default'],
      ['--payload-version V', '2.0 (default) or 1.0'],
      SEED_OPTION,
    ],
  },
  {
    name: 'event sqs',
    synopsis: 'event sqs --messages FILE [--fifo] [--queue NAME] [--seed N]',
    summary: 'SQS event for a JSON array of messages',
    options: [
      [
        '--messages FILE',
        'JSON array of { body, messageAttributes?, messageGroupId? };\nattributes as SendMessage takes them (DataType, StringValue)',
      ],
      ['--fifo', 'the queue is FIFO: every message needs messageGroupId'],
      ['--queue NAME', 'queue name in eventSourceARN (default my-queue)'],
      ['--region R', 'Region of the queue (default us-east-1)'],
      ['--account ID', '12-digit account id (default 123456789012)'],
      SEED_OPTION,
    ],
  },
  {
    name: 'event eventbridge',
    synopsis: 'event eventbridge --entry FILE [--seed N]',
    summary: 'event delivered for one PutEvents entry',
    options: [
      [
        '--entry FILE',
        'one PutEvents entry: Source, DetailType, Detail (a JSON\nstring), Resources, Time',
      ],
      ['--region R', 'Region of the event (default us-east-1)'],
      ['--account ID', '12-digit account id (default 123456789012)'],
      SEED_OPTION,
    ],
  },
  {
    name: 'event schedule',
    synopsis: 'event schedule --rule NAME --time ISO-8601 [--seed N]',
    summary: 'scheduled event for a rule firing at a time',
    options: [
      ['--rule NAME', 'rule name; the event lists its ARN in resources'],
      ['--time ISO-8601', 'firing time, such as 2024-01-01T09:00:00Z'],
      ['--region R', 'Region of the rule (default us-east-1)'],
      ['--account ID', '12-digit account id (default 123456789012)'],
      SEED_OPTION,
    ],
  },
  {
    name: 'invoke',
    synopsis:
      'invoke SCENARIO --node ID (--request FILE | --messages FILE | --entry FILE | --event FILE) [--seed N]',
    summary: 'run the handler behind a node; print response, invocations',
    details: [
      'Prints JSON with "response" (statusCode, statusText, headers, body) and',
      '"invocations" (each with event, result, logs, outcome, durationMs).',
      'A response header sent once is a string; a header sent more than once',
      'is an array of its values in the order sent.',
    ],
    options: [
      ['--node ID', 'node the input is sent into'],
      [
        '--request FILE',
        'raw HTTP/1.1 request, for an ALB, API Gateway or Route 53 node',
      ],
      ['--event FILE', 'JSON event sent straight to a Lambda function node'],
      [
        '--messages FILE',
        'JSON array of messages, for an SQS node',
      ],
      [
        '--entry FILE',
        'one PutEvents entry, for an EventBridge node',
      ],
      SEED_OPTION,
    ],
  },
  {
    name: 'simulate',
    synopsis: 'simulate SCENARIO [--json] [--seed N] [--real-invocations N]',
    summary: 'run the simulation to its end; print a summary',
    details: [
      'Runs the scenario\'s loads on a virtual clock; each invocation\'s outcome',
      'comes from the function\'s simulation model, so a seed repeats the run.',
      'With --real-invocations N the first N invocations run the real handler',
      'code in worker threads instead, and their measured durations advance',
      'the clock, so such runs do not repeat exactly.',
      'With --json prints "totals", "series" (one sample per simulated second:',
      't, visible, inFlight, concurrency, pollers, throttles, deadLettered, ...),',
      '"queues", "functions" and "stats" (events, wallMs: engine time in ms).',
    ],
    options: [
      ['--json', 'print the result as JSON instead of a summary'],
      ['--seed N', "seed of the run, in place of the scenario's settings.seed"],
      [
        '--real-invocations N',
        'run the first N invocations (0 to 1000) through the real handler; 0 by default',
      ],
    ],
  },
  {
    name: 'test-event-pattern',
    synopsis: 'test-event-pattern --event-pattern FILE --event FILE',
    summary: 'test an event against an EventBridge event pattern',
    options: [
      [
        '--event-pattern FILE',
        'event pattern JSON; an invalid one exits 1 with\nEventBridge\'s reason',
      ],
      [
        '--event FILE',
        'event JSON with id, account, source, time, region and\ndetail-type',
      ],
    ],
  },
  {
    name: 'schedule-next',
    synopsis: 'schedule-next EXPRESSION [--count N] [--from ISO-8601]',
    summary: 'next firing times of a rate() or cron() expression',
    details: [
      'Prints one UTC time per line. An expression that never fires after',
      '--from, such as cron(0 0 30 2 ? *), prints nothing on stdout, prints',
      '"never fires after TIME" on stderr and exits 0.',
    ],
    options: [
      ['--count N', 'how many firing times to print (default 5)'],
      ['--from ISO-8601', 'list firings strictly after this time (default now)'],
    ],
  },
  {
    name: 'validate',
    synopsis: 'validate SCENARIO',
    summary: "print a scenario's problems; exit 1 on any error",
    details: [
      'Prints one line per problem, "SEVERITY  CODE  WHERE: MESSAGE (fix: ...)",',
      'or "No problems found."',
    ],
    options: [],
  },
  {
    name: 'share',
    synopsis: 'share SCENARIO [--base URL] | share --decode URL',
    summary: 'print a share URL for a scenario, or decode one',
    options: [
      ['--base URL', 'app URL the link opens (default http://localhost:5173/)'],
      ['--decode URL', 'print the scenario JSON that a share URL holds'],
    ],
  },
  {
    name: 'export sam',
    synopsis: 'export sam SCENARIO --out DIR [--force]',
    summary: 'write template.yaml and the handler sources',
    details: [
      'Writes an AWS SAM application into DIR: template.yaml, src/<function>/',
      'with each handler and its package.json, and README.md. Prints one',
      '"wrote PATH" line per file, then "warning: ..." for each setting the',
      'template could not carry over.',
    ],
    options: [
      ['--out DIR', 'folder to write into; created when missing'],
      ['--force', 'replace files that already exist in DIR'],
    ],
  },
];

function columns(rows: [string, string][], indent: string): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;

  const continuation = `\n${indent}${' '.repeat(width)}`;

  return rows.map(
    ([left, right]) =>
      `${indent}${left.padEnd(width)}${right.split('\n').join(continuation)}`,
  );
}

/** Builds the general help text; `available` names the implemented commands. */
export function generalHelp(
  version: string,
  available: ReadonlySet<string>,
): string {
  const rows = COMMAND_HELP.map((command): [string, string] => [
    command.name,
    available.has(command.name) ? command.summary : `${command.summary} *`,
  ]);

  const pending = COMMAND_HELP.some((command) => !available.has(command.name));

  return [
    `Lambda Playground command line ${version}`,
    '',
    `Usage: ${INVOCATION} <command> [options]`,
    '',
    'Commands:',
    ...columns(rows, '  '),
    '',
    ...(pending ? ['  * not available yet in this version', ''] : []),
    `Run "${INVOCATION} <command> --help" for a command's options.`,
    'Other options: --help prints this text, --version the version.',
    '',
    'Generated ids and timestamps are random unless --seed N is given. With',
    `--seed the clock is fixed at ${SEEDED_CLOCK_ISO} and ids repeat, so the`,
    'same input gives the same event. Durations and log line timestamps of',
    'invoke come from the real run. Everything derived from the input is exact.',
    '',
    'invoke runs the handler code you give it in Node worker_threads, as node',
    'would: there is no sandbox beyond that.',
    '',
    'Results go to stdout, errors to stderr. Exit status: 0 success, 1 invalid',
    'input or a scenario with errors, 2 usage error or a command not available',
    'yet.',
  ].join('\n');
}

/**
 * Builds the help text of a command family such as `event`: its types, each
 * with its summary.
 */
export function familyHelp(
  first: string,
  family: CommandHelp[],
  available: ReadonlySet<string>,
): string {
  const rows = family.map((command): [string, string] => [
    command.name.slice(first.length + 1),
    available.has(command.name) ? command.summary : `${command.summary} *`,
  ]);
  const lines = [`Usage: ${INVOCATION} ${first} <type> [options]`, '', 'Types:', ...columns(rows, '  ')];
  if (rows.some(([, summary]) => summary.endsWith(' *'))) {
    lines.push('', '  * not available yet in this version');
  }
  lines.push('', `Run "${INVOCATION} ${first} <type> --help" for a type's options.`);

  return lines.join('\n');
}

/** Builds the help text of one command. */
export function commandHelp(command: CommandHelp, available: boolean): string {
  const usage = `Usage: ${INVOCATION} ${command.synopsis}`;
  const lines = [usage, '', command.summary];
  if (command.details) {
    lines.push('', ...command.details);
  }
  if (!available) {
    lines.push('', 'This command is not available yet in this version.');
  }
  if (command.options.length > 0) {
    lines.push('', 'Options:', ...columns(command.options, '  '));
  }

  return lines.join('\n');
}
