/**
 * Sources of a database's master password in the template: the RDS-managed
 * secret when a function reads it with GetSecretValue, a generated Secrets
 * Manager secret when an RDS Proxy signs in with it, and a NoEcho parameter
 * otherwise.
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-secrets-arns.html
 */
import type { RdsAuthMode } from '../model/configs/rds-access';
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioNode } from '../model/scenario';
import { proxyTargetIds } from '../rds/proxy';
import type { SamContext } from './context';
import { getAtt, ref, sub, type YamlValue } from './yaml';

/** The source of a database's master password. */
export type PasswordSource = 'managed' | 'generated' | 'parameter';

/** Collects the auth modes of the Lambda→RDS edges into a database. */
export function accessModes(ctx: SamContext, nodeId: string): Set<RdsAuthMode> {
  const modes = new Set<RdsAuthMode>();
  for (const edge of ctx.scenario.edges) {
    if (edge.target === nodeId && edgeKind(ctx.scenario, edge) === 'database-access') {
      modes.add(edgeConfig('database-access', edge).auth);
    }
  }

  return modes;
}

function isProxyTarget(ctx: SamContext, nodeId: string): boolean {
  return ctx.scenario.nodes.some(
    (node) => node.type === 'rdsproxy' && proxyTargetIds(ctx.scenario, node.id).includes(nodeId),
  );
}

/** Picks the password source of a database from the edges around it. */
export function passwordSource(ctx: SamContext, nodeId: string): PasswordSource {
  if (accessModes(ctx, nodeId).has('secret')) return 'managed';
  if (isProxyTarget(ctx, nodeId)) return 'generated';

  return 'parameter';
}

function parameterName(ctx: SamContext, nodeId: string): string {
  return `${ctx.nodeId(nodeId)}MasterUserPassword`;
}

function secretId(ctx: SamContext, nodeId: string): string {
  return ctx.derivedId(nodeId, 'Secret');
}

/**
 * Adds the parameter or the generated secret a database's password comes
 * from; the RDS-managed secret needs neither.
 */
export function addCredentials(ctx: SamContext, node: ScenarioNode & { type: 'rds' }): void {
  const source = passwordSource(ctx, node.id);
  if (source === 'parameter') {
    ctx.addParameter(parameterName(ctx, node.id), {
      Type: 'String',
      NoEcho: true,
      MinLength: 8,
      MaxLength: 128,
      AllowedPattern: '[^/"@ ]+',
      Description: `Master password of ${node.id}: 8 to 128 characters without /, ", @ or spaces.`,
    });
  }
  if (source === 'generated') {
    ctx.addResource(secretId(ctx, node.id), [node.id], {
      Type: 'AWS::SecretsManager::Secret',
      Properties: {
        Description: `Master username and password of ${node.id}`,
        // RDS rejects /, " and @ in a master password; Secrets Manager leaves out spaces by default.
        GenerateSecretString: {
          SecretStringTemplate: JSON.stringify({ username: nodeConfig(node).MasterUsername }),
          GenerateStringKey: 'password',
          PasswordLength: 32,
          ExcludeCharacters: '/"@',
        },
      },
    });
  }
}

/**
 * Returns the master password for MasterUserPassword and PGPASSWORD, or
 * undefined for an RDS-managed secret, which only GetSecretValue can read.
 */
export function masterPassword(ctx: SamContext, nodeId: string): YamlValue | undefined {
  const source = passwordSource(ctx, nodeId);
  if (source === 'parameter') return ref(parameterName(ctx, nodeId));
  if (source === 'generated') {
    return sub(`{{resolve:secretsmanager:\${${secretId(ctx, nodeId)}}:SecretString:password}}`);
  }

  return undefined;
}

/** Returns the ARN of the secret with the master username and password, when there is one. */
export function credentialsSecretArn(ctx: SamContext, nodeId: string): YamlValue | undefined {
  const source = passwordSource(ctx, nodeId);
  if (source === 'managed') return getAtt(ctx.nodeId(nodeId), 'MasterUserSecret.SecretArn');
  // Ref of an AWS::SecretsManager::Secret returns its ARN.
  if (source === 'generated') return ref(secretId(ctx, nodeId));

  return undefined;
}
