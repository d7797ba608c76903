import type { ApiIntegrationConfig, IntegrationResponse } from '../model/configs/apigateway-integration';

/**
 * Chooses the integration response for a Lambda result. Each
 * SelectionPattern is a regex that must match the whole `errorMessage`;
 * a successful result is matched as an empty `errorMessage`, so `.+` selects
 * only errors and `.*` also catches successes. The response without a
 * pattern is the default.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html
 */
export function selectIntegrationResponse(
  config: ApiIntegrationConfig,
  errorMessage: string,
): IntegrationResponse | undefined {
  for (const response of config.IntegrationResponses) {
    const pattern = response.SelectionPattern;
    if (pattern === undefined || pattern === '') {
      continue;
    }
    // `.` does not cross line breaks, as in Java without DOTALL.
    if (new RegExp(`^(?:${pattern})$`).test(errorMessage)) {
      return response;
    }
  }

  return config.IntegrationResponses.find(
    (response) => response.SelectionPattern === undefined || response.SelectionPattern === '',
  );
}

function readPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current === 'string') {
      // A custom error's errorMessage contains JSON, which header mapping reads into.
      try {
        current = JSON.parse(current) as unknown;
      } catch {
        return undefined;
      }
    }
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }

  return current;
}

/**
 * Maps `ResponseParameters` to response headers: a quoted static value, or
 * `integration.response.body.PATH` read from the Lambda result.
 */
export function mappedResponseHeaders(
  response: IntegrationResponse,
  payload: unknown,
): [string, string][] {
  const headers: [string, string][] = [];
  for (const [target, source] of Object.entries(response.ResponseParameters ?? {})) {
    const name = /^method\.response\.header\.(.+)$/.exec(target)?.[1];
    if (!name) {
      continue;
    }
    const literal = /^'(.*)'$/.exec(source);
    if (literal) {
      headers.push([name, literal[1] ?? '']);
      continue;
    }
    const bodyPath = /^integration\.response\.body(?:\.(.+))?$/.exec(source);
    if (bodyPath) {
      const value = bodyPath[1] === undefined ? payload : readPath(payload, bodyPath[1].split('.'));
      if (value !== undefined) {
        headers.push([name, typeof value === 'string' ? value : JSON.stringify(value)]);
      }
    }
  }

  return headers;
}
