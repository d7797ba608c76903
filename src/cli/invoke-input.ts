import { nodeConfig, type ScenarioNode } from '../engine/model';
import type { PutEventsEntry } from '../engine/eventbridge';
import type { RunInput } from '../engine/run/types';
import { inputError, usageError } from './errors';
import { readJsonFile } from './files';
import { readHttpRequestBytes } from './http-request';
import { readQueueMessages } from './sqs-messages';

/** The input options of `invoke`; exactly one is given. */
export type InputOption = 'request' | 'event' | 'messages' | 'entry';

const FLAGS: Record<InputOption, string> = {
  request: '--request FILE',
  event: '--event FILE',
  messages: '--messages FILE',
  entry: '--entry FILE',
};

/** The option each node type takes, or undefined when it takes no input. */
const OPTION_FOR_TYPE: Record<ScenarioNode['type'], InputOption | undefined> = {
  alb: 'request',
  apigateway: 'request',
  lambda: 'event',
  sqs: 'messages',
  eventbridge: 'entry',
  rds: undefined,
  rdsproxy: undefined,
  route53: 'request',
};

/** Node types whose input the command line cannot send yet. */
const NOT_SUPPORTED_YET = new Set<ScenarioNode['type']>([]);

function describeType(type: ScenarioNode['type']): string {
  return `${type === 'lambda' ? 'a' : 'an'} ${type} node`;
}

/** Returns the one input option given, or raises a usage error. */
export function chooseInputOption(
  values: Partial<Record<InputOption, string>>,
): { option: InputOption; path: string } {
  const supplied = (Object.keys(FLAGS) as InputOption[]).filter(
    (option) => values[option] !== undefined,
  );
  if (supplied.length !== 1) {
    const flags = supplied.map((option) => `--${option}`);
    const found = flags.length === 0 ? 'none' : flags.join(' and ');
    throw usageError(
      `"invoke" needs exactly one of --request, --event, --messages or --entry, got ${found}; run it with --help for usage.`,
    );
  }
  const option = supplied[0] as InputOption;

  return { option, path: values[option] as string };
}

/** Checks that the node takes this input and reads the input file. */
export function readRunInput(
  node: ScenarioNode,
  option: InputOption,
  path: string,
): RunInput {
  const expected = OPTION_FOR_TYPE[node.type];
  if (expected === undefined) {
    throw inputError(
      `Node "${node.id}" is ${describeType(node.type)}, which takes no input; send the input to a node in front of it.`,
    );
  }
  if (expected !== option) {
    throw inputError(
      `Node "${node.id}" is ${describeType(node.type)}, which takes ${FLAGS[expected]}, not ${FLAGS[option]}; pick another node or use ${FLAGS[expected]}.`,
    );
  }
  if (NOT_SUPPORTED_YET.has(node.type)) {
    throw usageError(
      `invoke with ${FLAGS[option]} is not supported yet for this node type (${node.type}, node "${node.id}"); send an event to the function behind it with --event FILE instead.`,
    );
  }
  if (option === 'request') {
    return { kind: 'http', raw: readHttpRequestBytes(path) };
  }
  if (option === 'messages') {
    const fifo = node.type === 'sqs' && nodeConfig(node as ScenarioNode & { type: 'sqs' }).FifoQueue;
    return { kind: 'messages', messages: readQueueMessages(path, fifo) };
  }

  if (option === 'entry') {
    return { kind: 'entry', entry: readJsonFile(path, 'Entry file') as PutEventsEntry };
  }

  return { kind: 'event', event: readJsonFile(path, 'Event file') };
}
