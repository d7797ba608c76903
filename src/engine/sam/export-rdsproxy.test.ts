import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { RDS_PROXY_SAMPLE } from '../samples/rds-proxy';
import { exportParsed } from './export.testing';
import { getAtt, ref, sub } from './yaml';
import { at } from './yaml-parse.testing';

const PASSWORD = sub('{{resolve:secretsmanager:${OrdersDbSecret}:SecretString:password}}');

/** Copies the proxy sample with one auth mode on every function→proxy edge. */
function withProxyAuth(auth: 'password' | 'secret' | 'iam'): Scenario {
  const scenario = structuredClone(RDS_PROXY_SAMPLE);
  for (const edge of scenario.edges) {
    if (edge.target === 'orders-proxy') edge.config = { auth };
  }

  return scenario;
}

describe('SAM export of the RDS Proxy sample', () => {
  const { result, template } = exportParsed(RDS_PROXY_SAMPLE);

  it('maps the DB proxy', () => {
    expect(at(template, 'Resources.OrdersProxy')).toEqual({
      Type: 'AWS::RDS::DBProxy',
      Properties: {
        DBProxyName: 'orders-proxy',
        EngineFamily: 'POSTGRESQL',
        Auth: [{ AuthScheme: 'SECRETS', SecretArn: ref('OrdersDbSecret'), IAMAuth: 'DISABLED' }],
        RoleArn: getAtt('OrdersProxyRole', 'Arn'),
        VpcSubnetIds: ref('DatabaseSubnetIds'),
        VpcSecurityGroupIds: ref('DatabaseSecurityGroupIds'),
        RequireTLS: false,
        IdleClientTimeout: 1800,
      },
    });
  });

  it('maps the target group', () => {
    expect(at(template, 'Resources.OrdersProxyTargetGroup')).toEqual({
      Type: 'AWS::RDS::DBProxyTargetGroup',
      Properties: {
        TargetGroupName: 'default',
        DBProxyName: ref('OrdersProxy'),
        DBInstanceIdentifiers: [ref('OrdersDb')],
        ConnectionPoolConfigurationInfo: { MaxConnectionsPercent: 100, ConnectionBorrowTimeout: 120 },
      },
    });
  });

  it('generates the database secret', () => {
    expect(at(template, 'Resources.OrdersDbSecret.Properties.GenerateSecretString')).toEqual({
      SecretStringTemplate: '{"username":"postgres"}',
      GenerateStringKey: 'password',
      PasswordLength: 32,
      ExcludeCharacters: '/"@',
    });
  });

  it('takes the password from the secret', () => {
    expect(at(template, 'Resources.OrdersDb.Properties.MasterUserPassword')).toEqual(PASSWORD);
  });

  it('asks for no password parameter', () => {
    expect(at(template, 'Parameters.OrdersDbMasterUserPassword')).toBeUndefined();
  });

  it('lets the proxy role read the secret', () => {
    const statements = at(template, 'Resources.OrdersProxyRole.Properties.Policies.0.PolicyDocument.Statement');
    expect(at(statements, '0')).toEqual({
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: ref('OrdersDbSecret'),
    });
  });

  it('lets RDS assume the proxy role', () => {
    expect(at(template, 'Resources.OrdersProxyRole.Properties.AssumeRolePolicyDocument.Statement')).toEqual([
      { Effect: 'Allow', Principal: { Service: 'rds.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('points PGHOST at the proxy', () => {
    expect(at(template, 'Resources.SaveOrder.Properties.Environment.Variables')).toEqual({
      PGHOST: getAtt('OrdersProxy', 'Endpoint'),
      PGDATABASE: 'postgres',
      PGUSER: 'postgres',
      PGPASSWORD: PASSWORD,
    });
  });

  it('puts the function in the VPC', () => {
    expect(at(template, 'Resources.SaveOrder.Properties.VpcConfig')).toEqual({
      SubnetIds: ref('DatabaseSubnetIds'),
      SecurityGroupIds: ref('DatabaseSecurityGroupIds'),
    });
  });

  it('outputs the proxy endpoint', () => {
    expect(at(template, 'Outputs.OrdersProxyEndpoint.Value')).toEqual(getAtt('OrdersProxy', 'Endpoint'));
  });

  it('warns only about the seed', () => {
    expect(result.warnings).toEqual([
      'RDS orders-db: CloudFormation does not run SQL; run db/orders-db-seed.sql against the new database once it is up.',
    ]);
  });

  it('never writes the scenario password', () => {
    expect(JSON.stringify(result.files)).not.toContain('playground-password');
  });
});

describe('SAM export of RDS Proxy settings', () => {
  const scenario = structuredClone(RDS_PROXY_SAMPLE);
  const proxy = scenario.nodes.find((node) => node.id === 'orders-proxy')!;
  proxy.config = {
    MaxConnectionsPercent: 40,
    MaxIdleConnectionsPercent: 10,
    ConnectionBorrowTimeout: 5,
    InitQuery: "SET TIME ZONE 'UTC'",
    RequireTLS: true,
    IdleClientTimeout: 600,
  };
  const { template } = exportParsed(scenario);

  it('copies the pool settings', () => {
    expect(at(template, 'Resources.OrdersProxyTargetGroup.Properties.ConnectionPoolConfigurationInfo')).toEqual({
      MaxConnectionsPercent: 40,
      MaxIdleConnectionsPercent: 10,
      ConnectionBorrowTimeout: 5,
      InitQuery: "SET TIME ZONE 'UTC'",
    });
  });

  it('copies RequireTLS', () => {
    expect(at(template, 'Resources.OrdersProxy.Properties.RequireTLS')).toBe(true);
  });

  it('copies IdleClientTimeout', () => {
    expect(at(template, 'Resources.OrdersProxy.Properties.IdleClientTimeout')).toBe(600);
  });

  it('names the proxy after its node', () => {
    expect(at(template, 'Resources.OrdersProxy.Properties.DBProxyName')).toBe('orders-proxy');
  });
});

describe('SAM export of RDS Proxy IAM and secret access', () => {
  const iamTemplate = exportParsed(withProxyAuth('iam')).template;
  const secretTemplate = exportParsed(withProxyAuth('secret')).template;

  it('requires IAM at the proxy', () => {
    expect(at(iamTemplate, 'Resources.OrdersProxy.Properties.Auth.0.IAMAuth')).toBe('REQUIRED');
  });

  it('grants rds-db:connect on the proxy', () => {
    expect(at(iamTemplate, 'Resources.SaveOrder.Properties.Policies')).toEqual([
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'rds-db:connect',
            Resource: sub(
              'arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${ProxyResourceId}/postgres',
              { ProxyResourceId: { 'Fn::Select': [6, { 'Fn::Split': [':', getAtt('OrdersProxy', 'DBProxyArn')] }] } },
            ),
          },
        ],
      },
    ]);
  });

  it('sets no password for IAM', () => {
    expect(at(iamTemplate, 'Resources.SaveOrder.Properties.Environment.Variables.PGPASSWORD')).toBeUndefined();
  });

  it('passes the secret ARN', () => {
    expect(at(secretTemplate, 'Resources.SaveOrder.Properties.Environment.Variables.DB_SECRET_ARN')).toEqual(
      ref('OrdersDbSecret'),
    );
  });

  it('grants GetSecretValue', () => {
    expect(at(secretTemplate, 'Resources.SaveOrder.Properties.Policies')).toEqual([
      { AWSSecretsManagerGetSecretValuePolicy: { SecretArn: ref('OrdersDbSecret') } },
    ]);
  });
});

describe('SAM export of a proxy beside managed secrets', () => {
  const scenario = structuredClone(RDS_PROXY_SAMPLE);
  scenario.edges.push({ id: 'direct', source: 'save-order', target: 'orders-db', config: { auth: 'secret' } });
  const { result, template } = exportParsed(scenario);

  it('signs in with the managed secret', () => {
    expect(at(template, 'Resources.OrdersProxy.Properties.Auth.0.SecretArn')).toEqual(
      getAtt('OrdersDb', 'MasterUserSecret.SecretArn'),
    );
  });

  it('generates no secret of its own', () => {
    expect(at(template, 'Resources.OrdersDbSecret')).toBeUndefined();
  });

  it('warns that PGPASSWORD is missing', () => {
    expect(result.warnings).toContain(
      "Edge save-order-proxy: orders-db's password is in its RDS-managed secret, so PGPASSWORD is not set; read DB_SECRET_ARN instead.",
    );
  });
});

describe('SAM export of a proxy without target', () => {
  const scenario = structuredClone(RDS_PROXY_SAMPLE);
  scenario.edges = scenario.edges.filter((edge) => edge.id !== 'proxy-orders-db');
  const { result, template } = exportParsed(scenario);

  it('leaves the proxy out', () => {
    expect(at(template, 'Resources.OrdersProxy')).toBeUndefined();
  });

  it('warns about the missing target', () => {
    expect(result.warnings).toContain(
      'RDS Proxy orders-proxy has no target database and was left out; connect it to an RDS node.',
    );
  });
});
