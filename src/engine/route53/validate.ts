import type { Scenario } from '../model/scenario';
import type { Diagnostic } from '../validate/diagnostic';
import { failoverRecords } from './failover';

const FAILOVER_DOC =
  'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-failover-alias.html';

/**
 * Checks each Route 53 node's failover records: one PRIMARY, at most one
 * SECONDARY, and set identifiers that differ.
 */
export function validateRoute53(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of scenario.nodes) {
    if (node.type !== 'route53') {
      continue;
    }
    const records = failoverRecords(scenario, node.id, {});
    for (const role of ['PRIMARY', 'SECONDARY'] as const) {
      const same = records.filter((record) => record.config.Failover === role);
      for (const extra of same.slice(1)) {
        diagnostics.push({
          severity: 'error',
          code: 'route53/duplicate-failover',
          nodeId: node.id,
          edgeId: extra.edge.id,
          field: 'Failover',
          message: `Route 53 node "${node.id}" has more than one ${role} record; a failover pair has one PRIMARY and one SECONDARY.`,
          fix: `Set Failover on edge "${extra.edge.id}" to ${role === 'PRIMARY' ? 'SECONDARY' : 'PRIMARY'}, or delete it.`,
          docUrl: FAILOVER_DOC,
        });
      }
    }
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.setIdentifier)) {
        diagnostics.push({
          severity: 'error',
          code: 'route53/duplicate-set-identifier',
          nodeId: node.id,
          edgeId: record.edge.id,
          field: 'SetIdentifier',
          message: `Two records of Route 53 node "${node.id}" use the set identifier "${record.setIdentifier}"; records that share a name and type need different ones.`,
          fix: 'Give this record its own SetIdentifier.',
          docUrl: FAILOVER_DOC,
        });
      }
      seen.add(record.setIdentifier);
    }
    if (records.length > 0 && !records.some((record) => record.config.Failover === 'PRIMARY')) {
      diagnostics.push({
        severity: 'warning',
        code: 'route53/missing-primary',
        nodeId: node.id,
        message: `Route 53 node "${node.id}" has no PRIMARY record, so DNS always answers with the secondary.`,
        fix: 'Set Failover to PRIMARY on the record of the load balancer that should serve first.',
        docUrl: FAILOVER_DOC,
      });
    }
  }

  return diagnostics;
}
