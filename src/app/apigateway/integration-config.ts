import {
  apiIntegrationConfigSchema,
  type ApiIntegrationConfig,
  type IntegrationResponse,
  type MethodResponse,
} from '../../engine/model/configs/apigateway-integration';

/** Config fields the API integration editor shows; the generic form shows the rest. */
export const API_EDITOR_FIELDS: ReadonlySet<string> = new Set([
  'HttpMethod',
  'ResourcePath',
  'IntegrationType',
  'RequestTemplates',
  'IntegrationResponses',
  'MethodResponses',
]);

/** Returns the edge config with AWS defaults, or the defaults alone when it is invalid. */
export function integrationConfig(config: Record<string, unknown>): ApiIntegrationConfig {
  const parsed = apiIntegrationConfigSchema.safeParse(config);

  return parsed.success ? parsed.data : apiIntegrationConfigSchema.parse({});
}

/** Tells what is wrong with a resource path, or undefined when AWS accepts it. */
export function resourcePathError(path: string): string | undefined {
  const result = apiIntegrationConfigSchema.shape.ResourcePath.safeParse(path);

  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Tells what is wrong with an integration response's status code, or undefined. */
export function statusCodeError(code: string): string | undefined {
  return /^[1-5]\d\d$/.test(code) ? undefined : 'Use a status code from 100 to 599.';
}

/** Tells what is wrong with a selection pattern, or undefined when it compiles. */
export function selectionPatternError(pattern: string): string | undefined {
  try {
    new RegExp(`^(?:${pattern})$`);
    return undefined;
  } catch (error) {
    return `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

/**
 * Returns the method responses with one added for each integration response
 * status that has none, because AWS fails a request whose selected status
 * has no method response.
 */
export function withMethodResponses(
  responses: readonly IntegrationResponse[],
  methodResponses: readonly MethodResponse[],
): MethodResponse[] {
  const next = [...methodResponses];
  for (const response of responses) {
    if (!next.some((item) => item.StatusCode === response.StatusCode)) {
      next.push({ StatusCode: response.StatusCode });
    }
  }

  return next;
}

/** Returns a template map with one content type's template set, or removed when empty. */
export function withTemplate(
  templates: Record<string, string> | undefined,
  contentType: string,
  text: string,
): Record<string, string> | undefined {
  const next = { ...templates };
  if (text === '') {
    delete next[contentType];
  } else {
    next[contentType] = text;
  }

  return Object.keys(next).length > 0 ? next : undefined;
}
