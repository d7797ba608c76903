import { nodeConfig, isNodeOfType } from '../model/resolve';
import type { Scenario } from '../model/scenario';
import type { Diagnostic } from '../validate/diagnostic';
import { proxyTargetIds } from './proxy';

const POOL_DOC =
  'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ConnectionPoolConfiguration.html';
const TARGET_DOC =
  'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RegisterDBProxyTargets.html';

/** Rules for RDS Proxy nodes: a target, one target, and pool settings AWS accepts. */
export function validateRdsProxies(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of scenario.nodes) {
    if (!isNodeOfType(node, 'rdsproxy')) continue;
    const targets = proxyTargetIds(scenario, node.id);
    if (targets.length === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'rdsproxy/no-target',
        nodeId: node.id,
        message: `RDS Proxy ${node.id} has no target database, so every connection to it fails.`,
        fix: 'Connect the proxy to an RDS database (drag from the proxy to the database).',
        docUrl: TARGET_DOC,
      });
    } else if (targets.length > 1) {
      diagnostics.push({
        severity: 'error',
        code: 'rdsproxy/several-targets',
        nodeId: node.id,
        message: `RDS Proxy ${node.id} targets ${targets.length} databases (${targets.join(', ')}); a proxy's target group contains one RDS DB instance.`,
        fix: 'Keep one proxy→RDS edge, and add a second proxy for the other database.',
        docUrl: TARGET_DOC,
      });
    }
    const config = nodeConfig(node);
    if ((config.MaxIdleConnectionsPercent ?? 0) > config.MaxConnectionsPercent) {
      diagnostics.push({
        severity: 'error',
        code: 'rdsproxy/idle-above-max',
        nodeId: node.id,
        field: 'MaxIdleConnectionsPercent',
        message: `MaxIdleConnectionsPercent is ${config.MaxIdleConnectionsPercent ?? 0}, above MaxConnectionsPercent ${config.MaxConnectionsPercent}; AWS requires it to be at most MaxConnectionsPercent.`,
        fix: `Set MaxIdleConnectionsPercent to ${config.MaxConnectionsPercent} or less.`,
        docUrl: POOL_DOC,
      });
    }
    const used = scenario.edges.some((edge) => edge.target === node.id);
    if (!used) {
      diagnostics.push({
        severity: 'info',
        code: 'rdsproxy/no-clients',
        nodeId: node.id,
        message: `No function connects to RDS Proxy ${node.id}.`,
        fix: 'Connect a Lambda function to the proxy; its PGHOST then points at the proxy endpoint.',
      });
    }
  }

  return diagnostics;
}
