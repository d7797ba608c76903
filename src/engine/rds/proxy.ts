import type { RdsAuthMode } from '../model/configs/rds-access';
import type { RdsProxyConfig } from '../model/configs/rdsproxy';
import { edgeConfig, edgeKind, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import type { Scenario } from '../model/scenario';
import { databaseSettings, type DatabaseSettings } from './access';

/** An RDS Proxy node's settings, with its target database when it has one. */
export interface ProxySettings {
  nodeId: string;
  /** DBProxyName, or the node id. */
  name: string;
  maxConnectionsPercent: number;
  maxIdleConnectionsPercent: number;
  /** ConnectionBorrowTimeout in ms; Infinity when it is 0 (no limit). */
  borrowTimeoutMs: number;
  initQuery: string;
  requireTls: boolean;
  idleClientTimeoutMs: number;
  /** The RDS node of the first proxy→RDS edge. */
  target: DatabaseSettings | undefined;
}

/** A function's access to a database through a proxy, from its Lambda→proxy edge. */
export interface ProxyAccess {
  edgeId: string;
  auth: RdsAuthMode;
  proxy: ProxySettings;
  database: DatabaseSettings;
}

/**
 * Database connections a proxy may open: MaxConnectionsPercent of the
 * target's max_connections, at least one. NOTE: the proxy also keeps a few
 * connections for its own monitoring, which the playground does not count
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-managing.html).
 */
export function proxyPoolSize(maxConnections: number, percent: number): number {
  return Math.max(1, Math.floor((maxConnections * percent) / 100));
}

/** MaxIdleConnectionsPercent, by default half of MaxConnectionsPercent. */
export function idlePercent(config: RdsProxyConfig): number {
  return config.MaxIdleConnectionsPercent ?? Math.floor(config.MaxConnectionsPercent / 2);
}

/** Ids of the RDS nodes a proxy targets, in edge order. */
export function proxyTargetIds(scenario: Scenario, proxyNodeId: string): string[] {
  return scenario.edges
    .filter(
      (edge) =>
        edge.source === proxyNodeId && edgeKind(scenario, edge) === 'proxy-target',
    )
    .map((edge) => edge.target);
}

/** Reads an RDS Proxy node, or undefined when the id names no proxy. */
export function proxySettings(
  scenario: Scenario,
  proxyNodeId: string,
): ProxySettings | undefined {
  const node = findNode(scenario, proxyNodeId);
  if (!isNodeOfType(node, 'rdsproxy')) return undefined;
  const config = nodeConfig(node);
  const targetId = proxyTargetIds(scenario, node.id)[0];

  return {
    nodeId: node.id,
    name: config.DBProxyName ?? node.id,
    maxConnectionsPercent: config.MaxConnectionsPercent,
    maxIdleConnectionsPercent: idlePercent(config),
    borrowTimeoutMs:
      config.ConnectionBorrowTimeout === 0
        ? Infinity
        : config.ConnectionBorrowTimeout * 1000,
    initQuery: config.InitQuery,
    requireTls: config.RequireTLS,
    idleClientTimeoutMs: config.IdleClientTimeout * 1000,
    target: targetId === undefined ? undefined : databaseSettings(scenario, targetId),
  };
}

/** Lists the proxies a function is connected to that have a target, in edge order. */
export function proxyAccess(scenario: Scenario, functionNodeId: string): ProxyAccess[] {
  const access: ProxyAccess[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== functionNodeId) continue;
    if (edgeKind(scenario, edge) !== 'proxy-access') continue;
    const proxy = proxySettings(scenario, edge.target);
    if (!proxy?.target) continue;
    const auth = edgeConfig('proxy-access', edge).auth;
    access.push({ edgeId: edge.id, auth, proxy, database: proxy.target });
  }

  return access;
}

/**
 * Returns a proxy endpoint host: `<name>.proxy-<12 characters>.<region>.rds.amazonaws.com`.
 * NOTE: the form of endpoints seen in use; the RDS Proxy endpoint guide does not spell it out.
 */
export function proxyEndpoint(name: string, suffix: string, region: string): string {
  return `${name.toLowerCase()}.proxy-${suffix}.${region}.rds.amazonaws.com`;
}
