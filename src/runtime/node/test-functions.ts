import type { FunctionDefinition } from '../../engine/lambda/invocation';

/** Builds a function definition for tests, with a 1 s timeout. */
export function testFunction(code: string, overrides: Partial<FunctionDefinition> = {}): FunctionDefinition {
  return {
    nodeId: 'orders-fn',
    functionName: 'orders',
    code,
    language: 'javascript',
    handler: 'index.handler',
    timeoutSeconds: 1,
    memorySizeMb: 128,
    environment: {},
    region: 'us-east-1',
    accountId: '123456789012',
    runtime: 'nodejs22.x',
    ...overrides,
  };
}
