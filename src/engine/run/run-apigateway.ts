import { handleApiGatewayRequest } from '../apigateway/handle-request';
import type { ApiGatewayState } from '../apigateway/state';
import { parseRawHttpRequest } from '../http/parse-request';
import type { FunctionInvoker } from '../lambda/invocation';
import { unsupportedRun } from './error-result';
import type { Scenario } from '../model/scenario';
import type { RunEnvironment, RunInput, RunResult } from './types';

/** Runs one raw HTTP request through an API Gateway REST or HTTP API. */
export async function runApiGatewayEntry(
  scenario: Scenario,
  apiNodeId: string,
  input: Extract<RunInput, { kind: 'http' }>,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  state: ApiGatewayState | undefined,
): Promise<RunResult> {
  const parsed = parseRawHttpRequest(input.raw);
  if (!parsed.ok) {
    return unsupportedRun(apiNodeId, 400, parsed.error);
  }

  return handleApiGatewayRequest(
    scenario,
    apiNodeId,
    parsed.value,
    invoker,
    env,
    state,
    { sourceIp: input.sourceIp },
  );
}
