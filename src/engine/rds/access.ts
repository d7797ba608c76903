import { edgeConfig, edgeKind, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import type { RdsAuthMode } from '../model/configs/rds-access';
import type { Scenario } from '../model/scenario';
import { defaultMaxConnections } from './max-connections';

/** An RDS node's settings as the database host needs them. */
export interface DatabaseSettings {
  nodeId: string;
  identifier: string;
  instanceClass: string;
  dbName: string;
  username: string;
  password: string;
  /** The parameter group value, or the instance class default. */
  maxConnections: number;
  seedSql: string;
}

/** A function's access to one database, from its Lambda→RDS edge. */
export interface DatabaseAccess {
  edgeId: string;
  auth: RdsAuthMode;
  database: DatabaseSettings;
}

/** Reads an RDS node; throws when the instance class is unknown and no limit is set. */
export function databaseSettings(
  scenario: Scenario,
  nodeId: string,
): DatabaseSettings | undefined {
  const node = findNode(scenario, nodeId);
  if (!isNodeOfType(node, 'rds')) return undefined;
  const config = nodeConfig(node);
  const maxConnections =
    config.maxConnections ?? defaultMaxConnections(config.DBInstanceClass);
  if (maxConnections === undefined) {
    throw new Error(
      `RDS node ${node.id} has instance class "${config.DBInstanceClass}", whose memory the playground does not know: pick a class such as db.t3.micro, or set maxConnections.`,
    );
  }

  return {
    nodeId: node.id,
    identifier: config.DBInstanceIdentifier ?? node.id,
    instanceClass: config.DBInstanceClass,
    dbName: config.DBName,
    username: config.MasterUsername,
    password: config.MasterUserPassword,
    maxConnections,
    seedSql: config.seedSql,
  };
}

/** Lists the databases a function is connected to, in edge order. */
export function databaseAccess(
  scenario: Scenario,
  functionNodeId: string,
): DatabaseAccess[] {
  const access: DatabaseAccess[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== functionNodeId) continue;
    if (edgeKind(scenario, edge) !== 'database-access') continue;
    const database = databaseSettings(scenario, edge.target);
    if (!database) continue;
    const auth = edgeConfig('database-access', edge).auth;
    access.push({ edgeId: edge.id, auth, database });
  }

  return access;
}

/**
 * The libpq variables node-postgres reads when `new Client()` gets no
 * settings (https://www.postgresql.org/docs/current/libpq-envars.html).
 * PGPASSWORD is set only in password mode; the other modes fetch it.
 */
export function libpqEnvironment(
  access: DatabaseAccess,
  host: string,
  port: number,
): Record<string, string> {
  const env: Record<string, string> = {
    PGHOST: host,
    PGPORT: String(port),
    PGDATABASE: access.database.dbName,
    PGUSER: access.database.username,
  };
  if (access.auth === 'password') env.PGPASSWORD = access.database.password;

  return env;
}
