import type { FunctionDefinition, InvocationRecord } from '../../engine/lambda/invocation';
import { createRunEnvironment, runRequest } from '../../engine/run';
import type { RunResult } from '../../engine/run';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { TEST_FUNCTION_SETTINGS } from '../shared/test-function';
import { createBrowserExecutor } from './index';

/** Test hook of runtime-harness.html: invokes handlers through the browser executor. */
interface RuntimeHarness {
  invoke(fn: Partial<FunctionDefinition>, event?: unknown): Promise<InvocationRecord>;
  environments(): Promise<number>;
  /**
   * Sends a raw HTTP request through the ALB sample. A new `variant` changes
   * the handler's code, so its first request is a cold start.
   */
  albRequest(
    raw: string,
    variant?: string,
  ): Promise<{ result: RunResult; elapsedMs: number }>;
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
      ...TEST_FUNCTION_SETTINGS,
      ...fn,
    };

    return (await executor).invoke({ function: definition, event });
  },
  async albRequest(raw, variant = '') {
    const scenario = structuredClone(ALB_HELLO_SAMPLE);
    const fn = scenario.nodes.find((node) => node.type === 'lambda');
    if (fn && variant !== '') {
      fn.config.code = `${String(fn.config.code)}\n// variant ${variant}\n`;
    }
    const ready = await executor;
    const env = createRunEnvironment({ seed: 1, startMs: Date.now() });
    const started = performance.now();
    const result = await runRequest(scenario, 'alb', { kind: 'http', raw }, ready, env);

    return { result, elapsedMs: performance.now() - started };
  },
  async environments() {
    return (await executor).environments().length;
  },
};
