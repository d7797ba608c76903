/** AWS pages that the validation rules cite. */
export const DOCS = {
  lambdaTargets:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  ruleConditions:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html',
  listenerRules:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html',
  albQuotas:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html',
  healthChecks:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
  lambdaHandler: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  lambdaTriggers: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html',
} as const;
