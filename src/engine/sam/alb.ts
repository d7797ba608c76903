/**
 * ALB nodes → load balancer and listener; ALB→Lambda edges → a Lambda
 * target group, the permission that lets the load balancer invoke the
 * function, and a listener rule (or the listener's default action).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listenerrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-targetgroup.html
 */
import type { AlbTargetConfig, RuleCondition } from '../model/configs/alb';
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioEdge, ScenarioNode } from '../model/scenario';
import type { SamContext } from './context';
import { getAtt, ref, sub, type YamlValue } from './yaml';

function addNetworkParameters(ctx: SamContext): void {
  ctx.addParameter('LoadBalancerSubnetIds', {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Subnets in at least two Availability Zones for the load balancer (public ones for an internet-facing load balancer).',
  });
  ctx.addParameter('LoadBalancerSecurityGroupIds', {
    Type: 'List<AWS::EC2::SecurityGroup::Id>',
    Description: 'Security groups of the load balancer; they must allow the listener port.',
  });
}

function healthCheck(config: AlbTargetConfig): Record<string, YamlValue> {
  if (!config.HealthCheckEnabled) return { HealthCheckEnabled: false };

  return {
    HealthCheckEnabled: true,
    HealthCheckPath: config.HealthCheckPath,
    HealthCheckIntervalSeconds: config.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: config.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: config.HealthyThresholdCount,
    UnhealthyThresholdCount: config.UnhealthyThresholdCount,
    Matcher: { HttpCode: config.Matcher.HttpCode },
  };
}

function conditions(ctx: SamContext, edge: ScenarioEdge, list: RuleCondition[]): YamlValue[] {
  if (list.length === 0) {
    // A listener rule needs at least one condition; `*` matches every path.
    ctx.warn(`Edge ${edge.id}: the rule has no conditions; the template matches every path with path-pattern *.`);
    return [{ Field: 'path-pattern', PathPatternConfig: { Values: ['*'] } }];
  }

  return list.map((condition) => ({ ...condition }) as YamlValue);
}

// Elastic Load Balancing rejects a target group whose timeout is not below
// its interval (ValidationError "Health check interval must be greater than
// the timeout"), so CloudFormation fails to create it. AWS's CDK checks the
// same rule before deploying (https://github.com/aws/aws-cdk/pull/29075).
// Ranges and defaults:
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
function warnTimeoutNotBelowInterval(ctx: SamContext, edge: ScenarioEdge, config: AlbTargetConfig): void {
  if (!config.HealthCheckEnabled) return;
  const timeout = config.HealthCheckTimeoutSeconds;
  const interval = config.HealthCheckIntervalSeconds;
  if (timeout < interval) return;
  ctx.warn(
    `Edge ${edge.id}: target group ${config.Name} has HealthCheckTimeoutSeconds ${timeout}, not below HealthCheckIntervalSeconds ${interval}, so Elastic Load Balancing rejects it and the stack fails to deploy; set a timeout below the interval.`,
  );
}

/** The target group and permission of one edge; returns the target group's id. */
function exportTarget(ctx: SamContext, edge: ScenarioEdge, config: AlbTargetConfig): string | undefined {
  const parts = ctx.functions.get(edge.target);
  if (!parts) return undefined;
  const groupId = ctx.derivedId(edge.id, 'TargetGroup');
  const permissionId = ctx.derivedId(edge.id, 'Permission');
  warnTimeoutNotBelowInterval(ctx, edge, config);
  if (!config.invokePermission) {
    ctx.warn(`Edge ${edge.id}: invokePermission is false, but a Lambda target cannot be registered without the permission, so the template grants it.`);
  }
  // The permission names the account, not the target group: the group can
  // register the function only once the permission exists.
  ctx.addResource(permissionId, [edge.id], {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt(parts.logicalId, 'Arn'),
      Principal: 'elasticloadbalancing.amazonaws.com',
      SourceAccount: ref('AWS::AccountId'),
    },
  });
  ctx.addResource(groupId, [edge.id], {
    Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    DependsOn: permissionId,
    Properties: {
      Name: config.Name,
      TargetType: 'lambda',
      Targets: [{ Id: getAtt(parts.logicalId, 'Arn') }],
      ...healthCheck(config),
      TargetGroupAttributes: config.TargetGroupAttributes.length > 0 ? config.TargetGroupAttributes : undefined,
    },
  });

  return groupId;
}

function exportLoadBalancer(ctx: SamContext, node: ScenarioNode & { type: 'alb' }): void {
  const config = nodeConfig(node);
  const id = ctx.nodeId(node.id);
  const listenerId = ctx.derivedId(node.id, 'Listener');
  const edges = ctx.scenario.edges.filter((edge) => edge.source === node.id && edgeKind(ctx.scenario, edge) === 'alb-target');
  let defaultAction: YamlValue = { Type: 'fixed-response', FixedResponseConfig: config.FixedResponseConfig };
  let hasDefault = false;
  const rules: [ScenarioEdge, string, AlbTargetConfig][] = [];
  addNetworkParameters(ctx);
  ctx.addResource(id, [node.id], {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    Properties: {
      Name: config.Name,
      Type: 'application',
      Scheme: config.Scheme,
      Subnets: ref('LoadBalancerSubnetIds'),
      SecurityGroups: ref('LoadBalancerSecurityGroupIds'),
    },
  });
  for (const edge of edges) {
    const target = edgeConfig('alb-target', edge);
    const groupId = exportTarget(ctx, edge, target);
    if (!groupId) continue;
    if (target.Priority !== undefined) rules.push([edge, groupId, target]);
    else if (!hasDefault) {
      defaultAction = { Type: 'forward', TargetGroupArn: ref(groupId) };
      hasDefault = true;
    } else ctx.warn(`Edge ${edge.id}: a second target without a rule priority cannot be the default action too; set Priority.`);
  }
  const certificate = `${id}CertificateArn`;
  if (config.Protocol === 'HTTPS') {
    ctx.addParameter(certificate, { Type: 'String', Description: `ACM certificate ARN for the HTTPS listener of ${node.id}.` });
  }
  ctx.addResource(listenerId, [node.id], {
    Type: 'AWS::ElasticLoadBalancingV2::Listener',
    Properties: {
      LoadBalancerArn: ref(id),
      Port: config.Port,
      Protocol: config.Protocol,
      Certificates: config.Protocol === 'HTTPS' ? [{ CertificateArn: ref(certificate) }] : undefined,
      DefaultActions: [defaultAction],
    },
  });
  for (const [edge, groupId, target] of rules) {
    ctx.addResource(ctx.derivedId(edge.id, 'ListenerRule'), [edge.id], {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: ref(listenerId),
        Priority: target.Priority,
        Conditions: conditions(ctx, edge, target.Conditions),
        Actions: [{ Type: 'forward', TargetGroupArn: ref(groupId) }],
      },
    });
  }
  const scheme = config.Protocol === 'HTTPS' ? 'https' : 'http';
  ctx.outputs[`${id}Url`] = { Value: sub(`${scheme}://\${${id}.DNSName}:${config.Port}/`) };
  if (config.region || config.accountId) {
    ctx.warn(`ALB ${node.id}: region and accountId come from where the stack is deployed and were left out.`);
  }
}

/** Adds every ALB with its listener, target groups and rules. */
export function exportLoadBalancers(ctx: SamContext): void {
  for (const node of ctx.scenario.nodes) {
    if (node.type === 'alb') exportLoadBalancer(ctx, node as ScenarioNode & { type: 'alb' });
  }
}
