/**
 * RDS Proxy nodes → AWS::RDS::DBProxy, signing in with its database's
 * secret through an IAM role that may read it, and AWS::RDS::DBProxyTargetGroup
 * for the proxy→RDS edge. Lambda→proxy edges → PGHOST at the proxy endpoint,
 * the function's VPC settings and the access its auth mode needs.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbproxy-authformat.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbproxytargetgroup.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-secrets-arns.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-iam-setup.html
 */
import type { RdsAuthMode } from '../model/configs/rds-access';
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioNode } from '../model/scenario';
import { proxyTargetIds } from '../rds/proxy';
import type { SamContext } from './context';
import { credentialsSecretArn, masterPassword } from './rds-credentials';
import { getAtt, ref, sub, type YamlValue } from './yaml';

type ProxyNode = ScenarioNode & { type: 'rdsproxy' };
type DatabaseNode = ScenarioNode & { type: 'rds' };

/** An exported proxy's logical id, target database and secret, as its Lambda→proxy edges use them. */
interface ExportedProxy {
  logicalId: string;
  database: DatabaseNode;
  /** ARN of the secret with the database user's username and password. */
  secretArn: YamlValue;
}

const PROXY_NAME = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/;

/** Returns DBProxyName, which CloudFormation requires. Like the playground, it falls back to the node id, made valid. */
function proxyName(node: ProxyNode): string {
  const configured = nodeConfig(node).DBProxyName;
  if (configured !== undefined) return configured;
  if (PROXY_NAME.test(node.id) && node.id.length <= 63) return node.id;
  const words = node.id.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const name = words.join('-').replace(/^[^A-Za-z]+/, '').slice(0, 63).replace(/-+$/, '');

  return name === '' ? 'proxy' : name;
}

function clientModes(ctx: SamContext, nodeId: string): Set<RdsAuthMode> {
  const modes = new Set<RdsAuthMode>();
  for (const edge of ctx.scenario.edges) {
    if (edge.target === nodeId && edgeKind(ctx.scenario, edge) === 'proxy-access') {
      modes.add(edgeConfig('proxy-access', edge).auth);
    }
  }

  return modes;
}

/**
 * Adds the role RDS Proxy assumes to read the secret and returns its logical
 * id. The kms:Decrypt statement follows AWS's proxy policy example and
 * applies only through Secrets Manager.
 */
function proxyRole(ctx: SamContext, node: ProxyNode, secretArn: YamlValue): string {
  const roleId = ctx.derivedId(node.id, 'Role');
  ctx.addResource(roleId, [node.id], {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'rds.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        {
          PolicyName: 'ReadDatabaseSecret',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secretArn },
              {
                Effect: 'Allow',
                Action: 'kms:Decrypt',
                Resource: sub('arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*'),
                Condition: { StringEquals: { 'kms:ViaService': sub('secretsmanager.${AWS::Region}.amazonaws.com') } },
              },
            ],
          },
        },
      ],
    },
  });

  return roleId;
}

function exportProxy(ctx: SamContext, node: ProxyNode): ExportedProxy | undefined {
  const targets = proxyTargetIds(ctx.scenario, node.id);
  const database = ctx.node(targets[0] ?? '') as DatabaseNode | undefined;
  if (!database) {
    ctx.warn(`RDS Proxy ${node.id} has no target database and was left out; connect it to an RDS node.`);
    return undefined;
  }
  if (targets.length > 1) {
    ctx.warn(`RDS Proxy ${node.id}: a target group contains one DB instance, so only ${database.id} is registered.`);
  }
  const config = nodeConfig(node);
  const id = ctx.nodeId(node.id);
  const databaseId = ctx.nodeId(database.id);
  const modes = clientModes(ctx, node.id);
  // The database exports a generated secret when a proxy targets it, unless RDS manages one.
  const secretArn = credentialsSecretArn(ctx, database.id);
  if (secretArn === undefined) return undefined;
  const roleId = proxyRole(ctx, node, secretArn);
  // IAMAuth REQUIRED turns away clients that send a password.
  const iam = modes.has('iam');
  if (iam && modes.size > 1) {
    ctx.warn(`RDS Proxy ${node.id}: one function uses IAM authentication, so the proxy requires it and functions that send a password cannot connect.`);
  }
  ctx.addResource(id, [node.id], {
    Type: 'AWS::RDS::DBProxy',
    Properties: {
      DBProxyName: proxyName(node),
      EngineFamily: 'POSTGRESQL',
      Auth: [{ AuthScheme: 'SECRETS', SecretArn: secretArn, IAMAuth: iam ? 'REQUIRED' : 'DISABLED' }],
      RoleArn: getAtt(roleId, 'Arn'),
      VpcSubnetIds: ref('DatabaseSubnetIds'),
      VpcSecurityGroupIds: ref('DatabaseSecurityGroupIds'),
      RequireTLS: config.RequireTLS,
      IdleClientTimeout: config.IdleClientTimeout,
    },
  });
  ctx.addResource(ctx.derivedId(node.id, 'TargetGroup'), [node.id], {
    Type: 'AWS::RDS::DBProxyTargetGroup',
    Properties: {
      // The only name CloudFormation accepts: each proxy has one target group.
      TargetGroupName: 'default',
      DBProxyName: ref(id),
      DBInstanceIdentifiers: [ref(databaseId)],
      ConnectionPoolConfigurationInfo: {
        MaxConnectionsPercent: config.MaxConnectionsPercent,
        MaxIdleConnectionsPercent: config.MaxIdleConnectionsPercent,
        ConnectionBorrowTimeout: config.ConnectionBorrowTimeout,
        InitQuery: config.InitQuery === '' ? undefined : config.InitQuery,
      },
    },
  });
  ctx.outputs[`${id}Endpoint`] = { Value: getAtt(id, 'Endpoint') };

  return { logicalId: id, database, secretArn };
}

/**
 * Builds the rds-db:connect grant for a proxy. Its resource id is the
 * `prx-…` last field of the proxy ARN, because CloudFormation returns it only
 * inside DBProxyArn. NOTE: not yet checked against a deployed proxy.
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-connecting.html
 */
function proxyConnectPolicy(proxyId: string, username: string): YamlValue {
  const resourceId = { 'Fn::Select': [6, { 'Fn::Split': [':', getAtt(proxyId, 'DBProxyArn')] }] };
  const arn = `arn:\${AWS::Partition}:rds-db:\${AWS::Region}:\${AWS::AccountId}:dbuser:\${ProxyResourceId}/${username}`;

  return {
    Statement: [{ Effect: 'Allow', Action: 'rds-db:connect', Resource: sub(arn, { ProxyResourceId: resourceId }) }],
  };
}

/** Adds the connection settings and access of each Lambda→proxy edge. */
function exportProxyAccess(ctx: SamContext, proxies: Map<string, ExportedProxy>): void {
  for (const edge of ctx.scenario.edges) {
    if (edgeKind(ctx.scenario, edge) !== 'proxy-access') continue;
    const parts = ctx.functions.get(edge.source);
    const proxy = proxies.get(edge.target);
    if (!parts || !proxy) continue;
    const database = nodeConfig(proxy.database);
    const password = masterPassword(ctx, proxy.database.id);
    const { auth } = edgeConfig('proxy-access', edge);
    parts.vpc = true;
    // PGPORT stays unset: libpq's default, 5432, is the port a PostgreSQL proxy listens on.
    Object.assign(parts.environment, {
      PGHOST: getAtt(proxy.logicalId, 'Endpoint'),
      PGDATABASE: database.DBName,
      PGUSER: database.MasterUsername,
    });
    if (auth === 'password' && password !== undefined) parts.environment.PGPASSWORD = password;
    if (auth === 'password' && password === undefined) {
      ctx.warn(`Edge ${edge.id}: ${proxy.database.id}'s password is in its RDS-managed secret, so PGPASSWORD is not set; read DB_SECRET_ARN instead.`);
    }
    if (auth === 'secret' || (auth === 'password' && password === undefined)) {
      parts.environment.DB_SECRET_ARN = proxy.secretArn;
      parts.policies.push({ AWSSecretsManagerGetSecretValuePolicy: { SecretArn: proxy.secretArn } });
    }
    if (auth === 'iam') parts.policies.push(proxyConnectPolicy(proxy.logicalId, database.MasterUsername));
  }
}

/** Adds every RDS Proxy with its target group, and the access its functions have. */
export function exportProxies(ctx: SamContext): void {
  const proxies = new Map<string, ExportedProxy>();
  for (const node of ctx.scenario.nodes) {
    if (node.type !== 'rdsproxy') continue;
    const exported = exportProxy(ctx, node as ProxyNode);
    if (exported) proxies.set(node.id, exported);
  }
  exportProxyAccess(ctx, proxies);
}
