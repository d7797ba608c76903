import type { TargetHealth } from '../alb/health';
import { albTargetGroups, type ResolvedAlb } from '../alb/target-groups';
import type { Scenario } from '../model/scenario';

// An alias record with EvaluateTargetHealth inherits the load balancer's
// health: the ALB is healthy when every target group that contains targets
// contains at least one healthy target, and a target group without registered
// targets counts as unhealthy.
// https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html

/** Whether Route 53 counts a load balancer as healthy, and why. */
export interface AlbDnsHealth {
  healthy: boolean;
  /** One clause naming the target group and health checks behind the verdict. */
  reason: string;
}

/**
 * Judges a load balancer's health as an alias target, from the target health
 * that `checkTargetHealth` left for each target group (by edge id).
 */
export function albDnsHealth(
  scenario: Scenario,
  alb: ResolvedAlb,
  targetHealth: Record<string, TargetHealth>,
): AlbDnsHealth {
  for (const group of albTargetGroups(scenario, alb)) {
    if (!group.functionNode) {
      return {
        healthy: false,
        reason: `target group ${group.name} has no registered target`,
      };
    }
    const health = targetHealth[group.edge.id];
    // NOTE: a Lambda target whose health checks are off is `unavailable`, not
    // `unhealthy`; AWS does not say how Route 53 treats it, so it counts as healthy.
    if (group.config.HealthCheckEnabled && health?.state === 'unhealthy') {
      const threshold = group.config.UnhealthyThresholdCount;
      const description = health.description ? ` (${health.description})` : '';
      return {
        healthy: false,
        reason: `target group ${group.name} failed ${threshold} health checks in a row${description}`,
      };
    }
  }

  return { healthy: true, reason: 'no target group holds only unhealthy targets' };
}
