import { targetGroupAttribute, type AlbConfig, type AlbTargetConfig } from '../model/configs/alb';
import { edgeConfig, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../model/scenario';
import { stableHex } from '../util/random';
import { MULTI_VALUE_HEADERS_ATTRIBUTE } from './event-types';

/** A target group of a load balancer: one ALB→Lambda edge, resolved. */
export interface AlbTargetGroup {
  edge: ScenarioEdge;
  config: AlbTargetConfig;
  /** The registered function's node, when the edge points at one. */
  functionNode?: ScenarioNode & { type: 'lambda' };
  name: string;
  arn: string;
  multiValueHeaders: boolean;
}

/** The load balancer node's configuration with its Region and account resolved. */
export interface ResolvedAlb {
  node: ScenarioNode & { type: 'alb' };
  config: AlbConfig;
  name: string;
  region: string;
  accountId: string;
}

/** Resolves an ALB node's settings, or undefined when the id is not an ALB. */
export function resolveAlb(scenario: Scenario, nodeId: string): ResolvedAlb | undefined {
  const node = findNode(scenario, nodeId);
  if (!isNodeOfType(node, 'alb')) {
    return undefined;
  }
  const config = nodeConfig(node);

  return {
    node,
    config,
    name: config.Name ?? node.id,
    region: config.region ?? scenario.settings.region,
    accountId: config.accountId ?? scenario.settings.accountId,
  };
}

/** Turns a name into a valid target group name: letters, digits and inner hyphens, 32 at most. */
function targetGroupName(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9-]/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');

  return cleaned === '' ? 'lambda-target' : cleaned;
}

/**
 * Builds a target group ARN,
 * `arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID`, where
 * the 16-hex id is derived from the scenario seed and the edge so that it
 * stays the same across runs.
 */
export function targetGroupArn(
  scenario: Scenario,
  alb: ResolvedAlb,
  edge: ScenarioEdge,
  name: string,
): string {
  const id = stableHex(
    `${scenario.settings.seed}:${alb.accountId}:${alb.region}:${alb.node.id}:${edge.id}:${name}`,
    16,
  );

  return `arn:aws:elasticloadbalancing:${alb.region}:${alb.accountId}:targetgroup/${name}/${id}`;
}

/** Lists the target groups (ALB→Lambda edges) of a load balancer, in edge order. */
export function albTargetGroups(scenario: Scenario, alb: ResolvedAlb): AlbTargetGroup[] {
  const groups: AlbTargetGroup[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== alb.node.id) {
      continue;
    }
    const target = findNode(scenario, edge.target);
    if (target && target.type !== 'lambda') {
      continue;
    }
    const config = edgeConfig('alb-target', edge);
    const name = targetGroupName(config.Name ?? edge.id);
    groups.push({
      edge,
      config,
      ...(isNodeOfType(target, 'lambda') ? { functionNode: target } : {}),
      name,
      arn: targetGroupArn(scenario, alb, edge, name),
      multiValueHeaders:
        targetGroupAttribute(config, MULTI_VALUE_HEADERS_ATTRIBUTE)?.toLowerCase() === 'true',
    });
  }

  return groups;
}
