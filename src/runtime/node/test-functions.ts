import type { FunctionDefinition } from '../../engine/lambda/invocation';
import { TEST_FUNCTION_SETTINGS } from '../shared/test-function';

/** Builds a function definition for tests, with a 1 s timeout. */
export function testFunction(code: string, overrides: Partial<FunctionDefinition> = {}): FunctionDefinition {
  return {
    nodeId: 'orders-fn',
    functionName: 'orders',
    code,
    ...TEST_FUNCTION_SETTINGS,
    ...overrides,
  };
}
