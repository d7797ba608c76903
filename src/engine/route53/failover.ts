import type { TargetHealth } from '../alb/health';
import { resolveAlb, type ResolvedAlb } from '../alb/target-groups';
import type { Route53AliasConfig, Route53Config } from '../model/configs/route53';
import { edgeConfig, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import { err, type Result } from '../model/result';
import type { Scenario, ScenarioEdge } from '../model/scenario';
import { albDnsHealth, type AlbDnsHealth } from './alb-health';

// Failover responses, from the Failover element of ResourceRecordSet: the
// primary while it is healthy, the secondary while the primary is unhealthy
// and the secondary healthy, and the primary again when both are unhealthy.
// https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html

/** One failover alias record: a Route 53 → ALB edge, resolved. */
export interface FailoverRecord {
  edge: ScenarioEdge;
  config: Route53AliasConfig;
  alb: ResolvedAlb;
  setIdentifier: string;
  /** The load balancer's Region, or the record's `region` when set. */
  region: string;
  /** Health Route 53 gives the record; always healthy when EvaluateTargetHealth is off. */
  health: AlbDnsHealth;
}

/** The record DNS answered with, and the sentence explaining the choice. */
export interface DnsAnswer {
  name: string;
  type: Route53Config['Type'];
  record: FailoverRecord;
  primary?: FailoverRecord;
  secondary?: FailoverRecord;
  explanation: string;
}

/** Resolves the alias records of a Route 53 node, in edge order. */
export function failoverRecords(
  scenario: Scenario,
  nodeId: string,
  targetHealth: Record<string, TargetHealth>,
): FailoverRecord[] {
  const records: FailoverRecord[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== nodeId || !isNodeOfType(findNode(scenario, edge.target), 'alb')) {
      continue;
    }
    const alb = resolveAlb(scenario, edge.target);
    if (!alb) {
      continue;
    }
    const config = edgeConfig('dns-alias', edge);
    const health: AlbDnsHealth = config.AliasTarget.EvaluateTargetHealth
      ? albDnsHealth(scenario, alb, targetHealth)
      : { healthy: true, reason: 'EvaluateTargetHealth is off, so the record always counts as healthy' };
    records.push({
      edge,
      config,
      alb,
      setIdentifier: config.SetIdentifier ?? edge.id,
      region: config.region ?? alb.region,
      health,
    });
  }

  return records;
}

function label(role: 'primary' | 'secondary', record: FailoverRecord): string {
  return `${role} ${record.alb.name}`;
}

function chooseRecord(primary: FailoverRecord | undefined, secondary: FailoverRecord | undefined): {
  record: FailoverRecord;
  explanation: string;
} {
  if (!primary) {
    // Both are defined together with the caller's check that one exists.
    const only = secondary as FailoverRecord;
    return { record: only, explanation: `no primary record, answering ${label('secondary', only)}` };
  }
  if (primary.health.healthy) {
    return {
      record: primary,
      explanation: `${label('primary', primary)} healthy (${primary.health.reason}), answering ${label('primary', primary)}`,
    };
  }
  const unhealthy = `${label('primary', primary)} unhealthy: ${primary.health.reason}`;
  if (!secondary) {
    return { record: primary, explanation: `${unhealthy}; no secondary record, so still answering ${label('primary', primary)}` };
  }
  if (!secondary.health.healthy) {
    return {
      record: primary,
      explanation: `${unhealthy}; ${label('secondary', secondary)} unhealthy too (${secondary.health.reason}), so Route 53 answers the primary`,
    };
  }

  return { record: secondary, explanation: `${unhealthy}, answering ${label('secondary', secondary)}` };
}

/**
 * Answers a DNS lookup of a Route 53 node's name with one of its failover
 * alias records, using the target health `checkTargetHealth` left for each
 * ALB target group (by edge id). Fails when the node has no alias record or
 * more than one record with the same Failover value.
 */
export function resolveDnsFailover(
  scenario: Scenario,
  nodeId: string,
  targetHealth: Record<string, TargetHealth> = {},
): Result<DnsAnswer, string> {
  const node = findNode(scenario, nodeId);
  if (!isNodeOfType(node, 'route53')) {
    return err(`Node "${nodeId}" is not a Route 53 record; pick a Route 53 node.`);
  }
  const config = nodeConfig(node);
  const records = failoverRecords(scenario, nodeId, targetHealth);
  if (records.length === 0) {
    return err(
      `Route 53 record ${config.Name} has no alias record; connect it to an Application Load Balancer.`,
    );
  }
  const primaries = records.filter((record) => record.config.Failover === 'PRIMARY');
  const secondaries = records.filter((record) => record.config.Failover === 'SECONDARY');
  for (const [role, list] of [['PRIMARY', primaries], ['SECONDARY', secondaries]] as const) {
    if (list.length > 1) {
      const ids = list.map((record) => record.edge.id).join(', ');
      return err(
        `Route 53 record ${config.Name} has ${list.length} ${role} records (edges ${ids}); a failover pair has one PRIMARY and one SECONDARY, so set Failover on one of them to the other value.`,
      );
    }
  }
  const [primary] = primaries;
  const [secondary] = secondaries;
  const chosen = chooseRecord(primary, secondary);

  return {
    ok: true,
    value: {
      name: config.Name,
      type: config.Type,
      ...chosen,
      ...(primary ? { primary } : {}),
      ...(secondary ? { secondary } : {}),
    },
  };
}
