import { describe, expect, it } from 'vitest';
import { exampleScenario, exportParsed, fileContent } from './export.testing';
import { getAtt, ref, sub } from './yaml';
import { at } from './yaml-parse.testing';

describe('SAM export of the RDS example', () => {
  const scenario = exampleScenario('rds-orders.json');
  const { result, template } = exportParsed(scenario);

  it('maps the DB instance', () => {
    expect(at(template, 'Resources.OrdersDb')).toEqual({
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        DBInstanceIdentifier: 'orders-db',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: '20',
        DBName: 'postgres',
        MasterUsername: 'postgres',
        MasterUserPassword: ref('OrdersDbMasterUserPassword'),
        DBSubnetGroupName: ref('OrdersDbSubnetGroup'),
        VPCSecurityGroups: ref('DatabaseSecurityGroupIds'),
      },
    });
  });

  it('asks for the password without echo', () => {
    expect(at(template, 'Parameters.OrdersDbMasterUserPassword.NoEcho')).toBe(true);
  });

  it('never writes the scenario password', () => {
    expect(JSON.stringify(result.files)).not.toContain('playground-password');
  });

  it('makes the subnet group from a parameter', () => {
    expect(at(template, 'Resources.OrdersDbSubnetGroup.Properties.SubnetIds')).toEqual(ref('DatabaseSubnetIds'));
  });

  it('sets the libpq variables', () => {
    expect(at(template, 'Resources.Orders.Properties.Environment.Variables')).toEqual({
      PGHOST: getAtt('OrdersDb', 'Endpoint.Address'),
      PGPORT: getAtt('OrdersDb', 'Endpoint.Port'),
      PGDATABASE: 'postgres',
      PGUSER: 'postgres',
      PGPASSWORD: ref('OrdersDbMasterUserPassword'),
    });
  });

  it('puts the function in the VPC', () => {
    expect(at(template, 'Resources.Orders.Properties.VpcConfig')).toEqual({
      SubnetIds: ref('DatabaseSubnetIds'),
      SecurityGroupIds: ref('DatabaseSecurityGroupIds'),
    });
  });

  it('lists pg in package.json', () => {
    expect(JSON.parse(fileContent(result, 'src/orders/package.json') ?? '{}').dependencies).toEqual({ pg: '^8.11.0' });
  });

  it('writes the seed SQL file', () => {
    const seed = (scenario.nodes[1]!.config as { seedSql: string }).seedSql;
    expect(fileContent(result, 'db/orders-db-seed.sql')).toBe(seed);
  });

  it('warns that the seed does not run', () => {
    expect(result.warnings).toEqual([
      'RDS orders-db: CloudFormation does not run SQL; run db/orders-db-seed.sql against the new database once it is up.',
    ]);
  });

  it('leaves seedSql out of the template', () => {
    expect(fileContent(result, 'template.yaml')).not.toContain('CREATE TABLE');
  });
});

describe('SAM export of RDS IAM and secret access', () => {
  const iam = exampleScenario('rds-orders.json');
  iam.edges[0]!.config = { auth: 'iam' };
  const secret = exampleScenario('rds-orders.json');
  secret.edges[0]!.config = { auth: 'secret' };
  const iamTemplate = exportParsed(iam).template;
  const secretTemplate = exportParsed(secret).template;

  it('turns on IAM database authentication', () => {
    expect(at(iamTemplate, 'Resources.OrdersDb.Properties.EnableIAMDatabaseAuthentication')).toBe(true);
  });

  it('grants rds-db:connect for the user', () => {
    expect(at(iamTemplate, 'Resources.Orders.Properties.Policies')).toEqual([
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'rds-db:connect',
            Resource: sub(
              'arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${OrdersDb.DbiResourceId}/postgres',
            ),
          },
        ],
      },
    ]);
  });

  it('sets no password for IAM', () => {
    expect(at(iamTemplate, 'Resources.Orders.Properties.Environment.Variables.PGPASSWORD')).toBeUndefined();
  });

  it('lets RDS manage the secret', () => {
    expect(at(secretTemplate, 'Resources.OrdersDb.Properties.ManageMasterUserPassword')).toBe(true);
  });

  it('asks for no password with a secret', () => {
    expect(at(secretTemplate, 'Parameters.OrdersDbMasterUserPassword')).toBeUndefined();
  });

  it('passes the secret ARN', () => {
    expect(at(secretTemplate, 'Resources.Orders.Properties.Environment.Variables.DB_SECRET_ARN')).toEqual(
      getAtt('OrdersDb', 'MasterUserSecret.SecretArn'),
    );
  });

  it('grants GetSecretValue', () => {
    expect(at(secretTemplate, 'Resources.Orders.Properties.Policies')).toEqual([
      { AWSSecretsManagerGetSecretValuePolicy: { SecretArn: getAtt('OrdersDb', 'MasterUserSecret.SecretArn') } },
    ]);
  });
});
