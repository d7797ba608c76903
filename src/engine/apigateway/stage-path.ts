import type { HttpRequest } from '../http/request';
import type { ResolvedApi } from './resolve';

/** A request path split into its stage-relative part and its prefix. */
export type StagePath =
  | {
      ok: true;
      /** Path relative to the stage, as sent: the event's `path`. */
      path: string;
      /** Path with the stage or base path prefix: `requestContext.path`, and `rawPath` on HTTP APIs. */
      contextPath: string;
      /** Host name the event reports in `domainName`. */
      domainName: string;
      /** Set when the path had no stage prefix and was taken as stage-relative. */
      note?: string;
    }
  | { ok: false; detail: string };

function hostName(request: HttpRequest): string {
  return (request.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

/** Removes a leading path prefix made of whole segments; undefined when absent. */
function stripPrefix(path: string, prefix: string): string | undefined {
  if (path === prefix) {
    return '/';
  }

  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

/**
 * Splits the stage or base path mapping off a request path. Leading double
 * slashes are collapsed first. A request to the custom domain goes through
 * its base path mapping; any other request names the stage as the first
 * segment, except on an HTTP API's `$default` stage, which has no prefix.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html
 */
export function resolveStagePath(api: ResolvedApi, request: HttpRequest): StagePath {
  const path = request.path.replace(/^\/{2,}/, '/');
  const domain = api.config.DomainName?.toLowerCase();
  if (domain && hostName(request) === domain) {
    const base = api.config.BasePath;
    const relative = base === '' ? path : stripPrefix(path, `/${base}`);
    if (relative === undefined) {
      return { ok: false, detail: `The path ${path} does not start with the base path /${base} mapped to this API on ${domain}.` };
    }
    // NOTE: the event keeps the base path in requestContext.path (and in
    // rawPath on HTTP APIs), as the client sent it.
    return { ok: true, path: relative, contextPath: path, domainName: domain };
  }
  if (api.stage === '$default') {
    return { ok: true, path, contextPath: path, domainName: api.executeApiDomain };
  }
  const relative = stripPrefix(path, `/${api.stage}`);
  if (relative !== undefined) {
    return { ok: true, path: relative, contextPath: path, domainName: api.executeApiDomain };
  }

  return {
    ok: true,
    path,
    contextPath: `/${api.stage}${path === '/' ? '/' : path}`,
    domainName: api.executeApiDomain,
    note: `The path has no /${api.stage} stage prefix, so it was taken as relative to stage ${api.stage}; on AWS send /${api.stage}${path}.`,
  };
}
