import { evaluateJsonPath } from './jsonpath';

/** The request parameters `$input.params()` returns, by location. */
export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

function parseBody(body: string): unknown {
  if (body.trim() === '') {
    return {};
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Builds the `$input` variable for a payload: `body` is the raw text,
 * `json(x)` a JSONPath result as JSON text, `path(x)` the result as an
 * object, and `params()` / `params(name)` the request parameters, looked up
 * in path, query string, then header.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export function createInput(body: string, params: InputParams) {
  const document = parseBody(body);
  const select = (expression: string): unknown => {
    if (document === undefined) {
      throw new Error(`$input: the payload is not JSON, so the JSONPath '${expression}' cannot be evaluated`);
    }
    return evaluateJsonPath(document, String(expression));
  };

  return {
    body,
    json(expression: string): string {
      // NOTE: a path that matches nothing renders as an empty string here;
      // AWS does not document that case.
      const value = select(expression);
      return value === undefined ? '' : JSON.stringify(value);
    },
    path(expression: string): unknown {
      return select(expression);
    },
    params(name?: string): InputParams | string {
      if (name === undefined) {
        return params;
      }
      const headerName = Object.keys(params.header).find((key) => key.toLowerCase() === String(name).toLowerCase());
      return (
        params.path[name] ??
        params.querystring[name] ??
        (headerName === undefined ? undefined : params.header[headerName]) ??
        ''
      );
    },
  };
}
