/**
 * Exports a scenario as an AWS SAM application: template.yaml, one folder
 * of handler code per function, and a README on deploying it.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy.html
 */
import type { Scenario } from '../model/scenario';
import { exportLoadBalancers } from './alb';
import { exportApis } from './apigateway';
import { SamContext, type SamFile } from './context';
import { exportBusEdges, exportBuses } from './eventbridge';
import { collectFunctions, finishFunctions } from './functions';
import { exportDatabases } from './rds';
import { exportProxies } from './rdsproxy';
import { deployReadme } from './readme';
import { exportRecords } from './route53';
import { exportQueueEdges, exportQueues } from './sqs';
import { toYaml, type YamlValue } from './yaml';

const EXPORTED_TYPES: ReadonlySet<string> = new Set([
  'alb',
  'apigateway',
  'sqs',
  'eventbridge',
  'rds',
  'rdsproxy',
  'route53',
  'lambda',
]);

/** The output of an export: files relative to the output folder, and warnings. */
export interface SamExport {
  files: SamFile[];
  warnings: string[];
}

function callsSqsOrEventBridge(policies: readonly YamlValue[]): boolean {
  return policies.some(
    (policy) =>
      typeof policy === 'object' &&
      policy !== null &&
      ('SQSSendMessagePolicy' in policy || 'EventBridgePutEventsPolicy' in policy),
  );
}

/** Builds the template's parts. Steps that add to functions run before the functions are finished. */
export function buildSam(scenario: Scenario): SamContext {
  const ctx = new SamContext(scenario);
  collectFunctions(ctx);
  exportQueues(ctx);
  exportBuses(ctx);
  exportDatabases(ctx);
  exportProxies(ctx);
  exportLoadBalancers(ctx);
  exportRecords(ctx);
  exportApis(ctx);
  exportQueueEdges(ctx);
  exportBusEdges(ctx);
  finishFunctions(ctx);
  for (const node of scenario.nodes) {
    if (!EXPORTED_TYPES.has(node.type)) {
      ctx.warn(`Node ${node.id}: ${node.type} nodes are not exported yet; add their resources by hand.`);
    }
  }
  for (const parts of ctx.functions.values()) {
    if (parts.vpc && callsSqsOrEventBridge(parts.policies)) {
      ctx.warn(`Function ${parts.node.id} runs in the database's VPC and calls SQS or EventBridge; it needs VPC endpoints or a NAT gateway for that.`);
    }
  }

  return ctx;
}

function nonEmpty(value: Record<string, YamlValue>): Record<string, YamlValue> | undefined {
  return Object.keys(value).length > 0 ? value : undefined;
}

/** Assembles the template as a YAML value. */
export function templateOf(ctx: SamContext): YamlValue {
  const resources: Record<string, YamlValue> = {};
  for (const [id, resource] of ctx.resources) resources[id] = resource.body;

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: ctx.scenario.name.slice(0, 1024),
    Parameters: nonEmpty(ctx.parameters),
    Resources: resources,
    Outputs: nonEmpty(ctx.outputs),
  };
}

/** Exports a scenario as template.yaml, the handler sources and a README. */
export function exportSam(scenario: Scenario): SamExport {
  const ctx = buildSam(scenario);
  const template = toYaml(templateOf(ctx));
  const files: SamFile[] = [
    { path: 'template.yaml', content: template },
    ...ctx.extraFiles,
  ];
  files.push({ path: 'README.md', content: deployReadme(ctx, files) });

  return { files, warnings: [...ctx.warnings] };
}

/**
 * Returns the template text of the resources a node or an edge becomes, for a
 * read-only view; empty when it has none.
 */
export function samSnippet(scenario: Scenario, id: string): string {
  const ctx = buildSam(scenario);
  const resources: Record<string, YamlValue> = {};
  for (const [logicalId, resource] of ctx.resources) {
    if (resource.origins.includes(id)) resources[logicalId] = resource.body;
  }

  return Object.keys(resources).length > 0 ? toYaml({ Resources: resources }) : '';
}
