import type { FunctionDefinition } from '../../engine/lambda/invocation';

/**
 * Function settings shared by the Node runtime tests and the browser runtime
 * harness: Node.js 22, a 1 s timeout, 128 MB and no environment variables.
 */
export const TEST_FUNCTION_SETTINGS: Omit<
  FunctionDefinition,
  'nodeId' | 'functionName' | 'code'
> = {
  language: 'javascript',
  handler: 'index.handler',
  timeoutSeconds: 1,
  memorySizeMb: 128,
  environment: {},
  region: 'us-east-1',
  accountId: '123456789012',
  runtime: 'nodejs22.x',
};
