/** Test-only helpers: scenarios with one API and fixed-result functions. */
import type { FunctionInvoker, InvocationOutcome, InvocationRecord, InvocationRequest } from '../lambda/invocation';
import { scenarioSchema, type Scenario } from '../model/scenario';
import { createRunEnvironment } from '../run/environment';

/** One route of a test API: edge settings and the function behind it. */
export interface TestRoute {
  id: string;
  config: Record<string, unknown>;
  lambda?: Record<string, unknown>;
}

/** Builds a scenario with API node `api` and one function per route. */
export function apiScenario(apiConfig: Record<string, unknown>, routes: TestRoute[]): Scenario {
  return scenarioSchema.parse({
    version: 1,
    nodes: [
      { id: 'api', type: 'apigateway', config: apiConfig },
      ...routes.map((route) => ({ id: `fn-${route.id}`, type: 'lambda', config: route.lambda ?? {} })),
    ],
    edges: routes.map((route) => ({ id: route.id, source: 'api', target: `fn-${route.id}`, config: route.config })),
  });
}

/** A handler result for the test invoker. */
export interface FixedResult {
  payload: unknown;
  outcome?: InvocationOutcome;
  durationMs?: number;
}

/** Creates a FunctionInvoker that returns fixed results and records each request. */
export function fixedInvoker(result: FixedResult | ((request: InvocationRequest) => FixedResult)) {
  const requests: InvocationRequest[] = [];
  const invoker: FunctionInvoker = {
    invoke(request) {
      requests.push(request);
      const fixed = typeof result === 'function' ? result(request) : result;
      const record: InvocationRecord = {
        requestId: request.requestId ?? 'test-request',
        functionNodeId: request.function.nodeId,
        event: request.event,
        outcome: fixed.outcome ?? 'success',
        payload: fixed.payload,
        logs: [],
        durationMs: fixed.durationMs ?? 5,
        billedDurationMs: fixed.durationMs ?? 5,
        coldStart: false,
        environmentId: 'env-1',
        memorySizeMb: 128,
        maxMemoryUsedMb: 64,
      };
      return Promise.resolve(record);
    },
  };

  return { invoker, requests };
}

/** Creates a clock fixed at 2024-01-01T00:00:00Z with seeded randomness. */
export function testEnvironment() {
  return createRunEnvironment({ seed: 7, startMs: Date.parse('2024-01-01T00:00:00Z') });
}
