import type { FunctionDefinition, InvocationRecord } from '../../engine/lambda/invocation';
import { createBrowserExecutor } from './index';

/** Test hook of runtime-harness.html: invokes handlers through the browser executor. */
interface RuntimeHarness {
  invoke(fn: Partial<FunctionDefinition>, event?: unknown): Promise<InvocationRecord>;
  environments(): Promise<number>;
}

declare global {
  interface Window {
    runtimeHarness: RuntimeHarness;
  }
}

const executor = createBrowserExecutor();
const status = document.getElementById('status');
executor.then(
  () => {
    if (status) status.textContent = 'ready';
  },
  (error: unknown) => {
    if (status) status.textContent = `failed: ${String(error)}`;
  },
);

window.runtimeHarness = {
  async invoke(fn, event = {}) {
    const definition: FunctionDefinition = {
      nodeId: 'harness-fn',
      functionName: 'harness',
      code: 'export const handler = async () => null;',
      language: 'javascript',
      handler: 'index.handler',
      timeoutSeconds: 1,
      memorySizeMb: 128,
      environment: {},
      region: 'us-east-1',
      accountId: '123456789012',
      runtime: 'nodejs22.x',
      ...fn,
    };

    return (await executor).invoke({ function: definition, event });
  },
  async environments() {
    return (await executor).environments().length;
  },
};
