import { z } from 'zod';
import type { NodeType } from '../node-types';
import type { EdgeKind } from '../connections';
import { albConfigSchema, albTargetConfigSchema } from './alb';
import { apiGatewayConfigSchema } from './apigateway';
import { apiIntegrationConfigSchema } from './apigateway-integration';
import { eventBridgeConfigSchema } from './eventbridge';
import { eventBridgeRuleConfigSchema } from './eventbridge-rule';
import { lambdaConfigSchema } from './lambda';
import { rdsConfigSchema } from './rds';
import { rdsAccessConfigSchema } from './rds-access';
import { rdsProxyConfigSchema, rdsProxyTargetConfigSchema } from './rdsproxy';
import { route53AliasConfigSchema, route53ConfigSchema } from './route53';
import { sqsConfigSchema } from './sqs';
import { sqsEventSourceMappingConfigSchema } from './sqs-esm';

/** The configuration schema of each node type. */
export const NODE_CONFIG_SCHEMAS = {
  alb: albConfigSchema,
  apigateway: apiGatewayConfigSchema,
  sqs: sqsConfigSchema,
  eventbridge: eventBridgeConfigSchema,
  rds: rdsConfigSchema,
  rdsproxy: rdsProxyConfigSchema,
  lambda: lambdaConfigSchema,
  route53: route53ConfigSchema,
} satisfies Record<NodeType, z.ZodType>;

// Edge kinds without a schema of their own yet accept any settings, so that
// scenarios holding them still load.
const openEdgeSchema = z.looseObject({});

/** The configuration schema of each kind of edge. */
export const EDGE_CONFIG_SCHEMAS = {
  'alb-target': albTargetConfigSchema,
  'api-integration': apiIntegrationConfigSchema,
  'event-source-mapping': sqsEventSourceMappingConfigSchema,
  'eventbridge-rule': eventBridgeRuleConfigSchema,
  'database-access': rdsAccessConfigSchema,
  'proxy-access': rdsAccessConfigSchema,
  'proxy-target': rdsProxyTargetConfigSchema,
  'send-message': openEdgeSchema,
  'put-events': openEdgeSchema,
  'dns-alias': route53AliasConfigSchema,
} satisfies Record<EdgeKind, z.ZodType>;

export * from './alb';
export * from './apigateway';
export * from './apigateway-integration';
export * from './eventbridge';
export * from './eventbridge-rule';
export * from './lambda';
export * from './lambda-async';
export * from './rds';
export * from './rds-access';
export * from './rdsproxy';
export * from './route53';
export * from './sqs';
export * from './sqs-esm';
