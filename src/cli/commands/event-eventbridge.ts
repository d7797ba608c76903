import {
  buildEventBridgeEvent,
  type EventBridgeContext,
  type PutEventsEntry,
} from '../../engine/eventbridge';
import {
  noPositionals,
  parseCommandArgs,
  parseSeed,
  requireOption,
} from '../args';
import { createRunEnvironment } from '../environment';
import { inputError, usageError } from '../errors';
import { readJsonFile } from '../files';
import { printJson } from '../output';

const COMMAND = 'event eventbridge';

/** Region and account used when none is given, as elsewhere in the CLI. */
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '123456789012';

/** Options shared by the EventBridge event commands. */
export const EVENT_CONTEXT_OPTIONS = {
  seed: { type: 'string' },
  region: { type: 'string' },
  account: { type: 'string' },
} as const;

/**
 * Builds the region, account, clock and id randomness for an event command
 * from `--region`, `--account` and `--seed`.
 */
export function readEventContext(
  command: string,
  values: { seed?: string; region?: string; account?: string },
): EventBridgeContext {
  const region = values.region ?? DEFAULT_REGION;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw usageError(
      `--region must be a Region code such as us-east-1, got "${region}" for "${command}".`,
    );
  }
  const accountId = values.account ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) {
    throw usageError(
      `--account must be 12 digits, got "${accountId}" for "${command}".`,
    );
  }
  const env = createRunEnvironment(parseSeed(command, values.seed));

  return {
    region,
    accountId,
    now: () => env.now(),
    random: () => env.random(),
  };
}

/**
 * `event eventbridge --entry FILE [--seed N] [--region R] [--account ID]`:
 * prints the event EventBridge delivers to targets for one PutEvents entry.
 */
export function runEventEventBridge(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    entry: { type: 'string' },
    ...EVENT_CONTEXT_OPTIONS,
  });
  noPositionals(COMMAND, positionals);
  const entryPath = requireOption(COMMAND, values.entry, '--entry FILE');
  const context = readEventContext(COMMAND, values);

  const entry = readJsonFile(entryPath, 'Entry file');
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw inputError(
      `Entry file "${entryPath}" must hold one PutEvents entry, a JSON object such as {"Source": "com.example", "DetailType": "Order Placed", "Detail": "{}"}.`,
    );
  }
  const built = buildEventBridgeEvent(entry as PutEventsEntry, context);
  if (!built.ok) {
    throw inputError(
      `PutEvents rejects the entry in "${entryPath}": ${built.error.code}: ${built.error.message}`,
    );
  }
  printJson(built.value);

  return 0;
}
