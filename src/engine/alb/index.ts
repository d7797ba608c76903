export { buildAlbEvent, forwardedHeaders, type AlbEventOptions } from './event';
export {
  DEFAULT_CLIENT_IP,
  DEFAULT_TARGET_GROUP_ARN,
  MULTI_VALUE_HEADERS_ATTRIBUTE,
  type AlbRequestEvent,
  type AlbResponseDocument,
} from './event-types';
export { encodeRequestBody, isBodyBase64 } from './body-encoding';
export { albErrorResponse, fixedResponse } from './error-page';
export {
  buildHealthCheckEvent,
  checkTargetHealth,
  evaluateHealthCheck,
  matchesHttpCode,
  nextHealth,
  HEALTH_CHECKS_DISABLED,
  INITIAL_HEALTH,
  type HealthCheckResult,
  type HealthCheckRun,
  type TargetHealth,
  type TargetHealthState,
} from './health';
export * from './limits';
export { mapAlbResponse, validateAlbResponse, type AlbResponseMapping } from './response';
export { matchCondition, matchRule, routeRequest, type RouteDecision } from './rules';
export { albTargetGroups, resolveAlb, targetGroupArn, type AlbTargetGroup } from './target-groups';
export { matchesWildcard } from './wildcard';
export { ipInCidr, isValidCidr } from './source-ip';
