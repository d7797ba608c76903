import type { StandInPackage } from './module-registry';
import { PG_SOURCE } from './pg-stand-in';

/**
 * Source text of the stand-in modules a handler imports in place of the AWS
 * SDK clients and `pg`. Every operation goes to the host through
 * `globalThis[Symbol.for('lambda-playground.host')].call(package, operation,
 * input)`, so a later wiring can connect them to queues, buses and databases
 * without changing these modules. Plain JavaScript: it runs in the worker.
 */

const COMMAND_HELPERS = String.raw`
const host = globalThis[Symbol.for('lambda-playground.host')];
function defineCommand(name) {
  const Command = class {
    constructor(input) { this.input = input === undefined ? {} : input; }
  };
  Object.defineProperty(Command, 'name', { value: name });
  Command.commandName = name;
  return Command;
}
function defineClient(name, packageName) {
  const Client = class {
    constructor(config) { this.config = config === undefined ? {} : config; }
    send(command) {
      const operation = command && command.constructor && command.constructor.commandName;
      return host.call(packageName, String(operation), command ? command.input : undefined);
    }
    destroy() {}
  };
  Object.defineProperty(Client, 'name', { value: name });
  return Client;
}
`;

function sdkModule(packageName: string, client: string, commands: string[]): string {
  const lines = [
    COMMAND_HELPERS,
    `export const ${client} = defineClient('${client}', '${packageName}');`,
    ...commands.map((name) => `export const ${name} = defineCommand('${name}');`),
  ];

  return lines.join('\n');
}

const SIGNER_SOURCE = String.raw`
const host = globalThis[Symbol.for('lambda-playground.host')];
export class Signer {
  constructor(config) { this.config = config === undefined ? {} : config; }
  getAuthToken() { return host.call('@aws-sdk/rds-signer', 'getAuthToken', this.config); }
}
`;

/** Module source per stand-in package. */
export const STAND_IN_SOURCES: Record<StandInPackage, string> = {
  '@aws-sdk/client-sqs': sdkModule('@aws-sdk/client-sqs', 'SQSClient', [
    'SendMessageCommand',
    'SendMessageBatchCommand',
    'ReceiveMessageCommand',
    'DeleteMessageCommand',
    'GetQueueUrlCommand',
    'GetQueueAttributesCommand',
  ]),
  '@aws-sdk/client-eventbridge': sdkModule(
    '@aws-sdk/client-eventbridge',
    'EventBridgeClient',
    ['PutEventsCommand'],
  ),
  '@aws-sdk/client-secrets-manager': sdkModule(
    '@aws-sdk/client-secrets-manager',
    'SecretsManagerClient',
    ['GetSecretValueCommand'],
  ),
  '@aws-sdk/rds-signer': SIGNER_SOURCE,
  pg: PG_SOURCE,
};
