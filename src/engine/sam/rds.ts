/**
 * RDS nodes → AWS::RDS::DBInstance in a subnet group whose subnets and
 * security groups are template parameters. Lambda→RDS edges → the libpq
 * variables, the function's VPC settings, and the access each auth mode
 * needs: the master password, a secret's ARN, or rds-db:connect.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html
 */
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioNode } from '../model/scenario';
import type { SamContext } from './context';
import {
  accessModes,
  addCredentials,
  credentialsSecretArn,
  masterPassword,
  passwordSource,
} from './rds-credentials';
import { getAtt, ref, sub, type YamlValue } from './yaml';

// Storage in GiB; RDS needs a size for non-Aurora engines and 20 is the
// smallest for PostgreSQL on general purpose storage.
const ALLOCATED_STORAGE = '20';

function addDatabaseParameters(ctx: SamContext): void {
  ctx.addParameter('DatabaseSubnetIds', {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Private subnets in at least two Availability Zones for the database and the functions that connect to it.',
  });
  ctx.addParameter('DatabaseSecurityGroupIds', {
    Type: 'List<AWS::EC2::SecurityGroup::Id>',
    Description: 'Security groups of the database and its functions; they must allow PostgreSQL (5432) between them.',
  });
}

function exportDatabase(ctx: SamContext, node: ScenarioNode & { type: 'rds' }): void {
  const config = nodeConfig(node);
  const id = ctx.nodeId(node.id);
  const modes = accessModes(ctx, node.id);
  const managed = passwordSource(ctx, node.id) === 'managed';
  const subnetGroup = ctx.derivedId(node.id, 'SubnetGroup');
  addDatabaseParameters(ctx);
  addCredentials(ctx, node);
  ctx.addResource(id, [node.id], {
    Type: 'AWS::RDS::DBInstance',
    Properties: {
      DBInstanceIdentifier: config.DBInstanceIdentifier,
      Engine: config.Engine,
      DBInstanceClass: config.DBInstanceClass,
      AllocatedStorage: ALLOCATED_STORAGE,
      DBName: config.DBName,
      MasterUsername: config.MasterUsername,
      MasterUserPassword: masterPassword(ctx, node.id),
      ManageMasterUserPassword: managed ? true : undefined,
      EnableIAMDatabaseAuthentication: modes.has('iam') ? true : undefined,
      DBSubnetGroupName: ref(subnetGroup),
      VPCSecurityGroups: ref('DatabaseSecurityGroupIds'),
    },
  });
  ctx.addResource(subnetGroup, [node.id], {
    Type: 'AWS::RDS::DBSubnetGroup',
    Properties: {
      DBSubnetGroupDescription: `Subnets of ${node.id}`,
      SubnetIds: ref('DatabaseSubnetIds'),
    },
  });
  ctx.outputs[`${id}Endpoint`] = { Value: getAtt(id, 'Endpoint.Address') };
  if (config.seedSql.trim() !== '') {
    const path = `db/${node.id.replace(/[^A-Za-z0-9._-]+/g, '-')}-seed.sql`;
    ctx.extraFiles.push({ path, content: config.seedSql.endsWith('\n') ? config.seedSql : `${config.seedSql}\n` });
    ctx.warn(`RDS ${node.id}: CloudFormation does not run SQL; run ${path} against the new database once it is up.`);
  }
  if (config.maxConnections !== undefined) {
    ctx.warn(`RDS ${node.id}: maxConnections is a DB parameter group value (max_connections) and was left out; the instance class default applies.`);
  }
  if (managed) {
    ctx.warn(`RDS ${node.id}: the RDS-managed secret holds only username and password, and a function in a VPC reaches Secrets Manager only through a VPC endpoint or a NAT gateway.`);
  }
}

function connectPolicy(databaseId: string, username: string): YamlValue {
  return {
    Statement: [
      {
        Effect: 'Allow',
        Action: 'rds-db:connect',
        Resource: sub(`arn:\${AWS::Partition}:rds-db:\${AWS::Region}:\${AWS::AccountId}:dbuser:\${${databaseId}.DbiResourceId}/${username}`),
      },
    ],
  };
}

/** Adds the connection settings and access of each Lambda→RDS edge. */
function exportAccess(ctx: SamContext): void {
  for (const edge of ctx.scenario.edges) {
    if (edgeKind(ctx.scenario, edge) !== 'database-access') continue;
    const parts = ctx.functions.get(edge.source);
    const node = ctx.node(edge.target) as (ScenarioNode & { type: 'rds' }) | undefined;
    if (!parts || !node) continue;
    const config = nodeConfig(node);
    const id = ctx.nodeId(node.id);
    const { auth } = edgeConfig('database-access', edge);
    const password = masterPassword(ctx, node.id);
    parts.vpc = true;
    Object.assign(parts.environment, {
      PGHOST: getAtt(id, 'Endpoint.Address'),
      PGPORT: getAtt(id, 'Endpoint.Port'),
      PGDATABASE: config.DBName,
      PGUSER: config.MasterUsername,
    });
    if (auth === 'password' && password !== undefined) parts.environment.PGPASSWORD = password;
    if (auth === 'password' && password === undefined) {
      ctx.warn(`Edge ${edge.id}: another function reads ${node.id}'s password from its RDS-managed secret, so PGPASSWORD is not set; read DB_SECRET_ARN instead.`);
    }
    const secretArn = credentialsSecretArn(ctx, node.id);
    if (secretArn !== undefined && (auth === 'secret' || (auth === 'password' && password === undefined))) {
      parts.environment.DB_SECRET_ARN = secretArn;
      parts.policies.push({ AWSSecretsManagerGetSecretValuePolicy: { SecretArn: secretArn } });
    }
    if (auth === 'iam') parts.policies.push(connectPolicy(id, config.MasterUsername));
  }
}

/** Adds every database and the access its functions have. */
export function exportDatabases(ctx: SamContext): void {
  for (const node of ctx.scenario.nodes) {
    if (node.type === 'rds') exportDatabase(ctx, node as ScenarioNode & { type: 'rds' });
  }
  exportAccess(ctx);
}
