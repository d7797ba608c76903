/**
 * Lambda nodes → AWS::Serverless::Function, with the events, policies and
 * environment variables their edges add.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
 */
import { nodeConfig } from '../model/resolve';
import type { ScenarioNode } from '../model/scenario';
import { queueUrl } from '../run/sqs-run-state';
import { queueNodes } from '../sqs/resolve';
import type { FunctionParts, ResourceBody, SamContext } from './context';
import { esbuildMetadata, handlerFile, handlerFiles } from './handler-files';
import { getAtt, ref, type YamlValue } from './yaml';

/** Folder names SAM reads code from: letters, digits, `.`, `_` and `-`. */
function codeDirFor(nodeId: string, used: Set<string>): string {
  const stem = nodeId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'function';
  let dir = stem;
  for (let suffix = 2; used.has(dir.toLowerCase()); suffix += 1) dir = `${stem}-${suffix}`;
  used.add(dir.toLowerCase());

  return `src/${dir}`;
}

/** Creates the parts of every function, before edges add to them. */
export function collectFunctions(ctx: SamContext): void {
  const used = new Set<string>();
  for (const node of ctx.scenario.nodes) {
    if (node.type !== 'lambda') continue;
    const lambda = node as ScenarioNode & { type: 'lambda' };
    const config = nodeConfig(lambda);
    ctx.functions.set(node.id, {
      node: lambda,
      config,
      logicalId: ctx.nodeId(node.id),
      codeDir: codeDirFor(node.id, used),
      environment: environmentOf(ctx, config.Environment.Variables),
      events: {},
      policies: [],
      vpc: false,
    });
    // A placeholder keeps functions first in the template; finishFunctions fills it.
    ctx.addResource(ctx.nodeId(node.id), [node.id], {});
  }
}

/** Replaces the URL or ARN of a scenario queue with a reference to it. */
function environmentOf(ctx: SamContext, variables: Record<string, string>): Record<string, YamlValue> {
  const { region, accountId } = ctx.scenario.settings;
  const env: Record<string, YamlValue> = {};
  for (const [name, value] of Object.entries(variables)) {
    env[name] = value;
    for (const { node, config } of queueNodes(ctx.scenario)) {
      const queueName = config.QueueName ?? node.id;
      if (value === queueUrl(region, accountId, queueName)) env[name] = ref(ctx.nodeId(node.id));
    }
    if (value.startsWith('arn:')) {
      const arn = ctx.arnOf(value);
      if (arn.nodeId !== undefined) env[name] = arn.value;
    }
  }

  return env;
}

function destination(ctx: SamContext, parts: FunctionParts, reference: string | undefined): YamlValue | undefined {
  if (reference === undefined) return undefined;
  const arn = ctx.arnOf(reference);
  const type = { sqs: 'SQS', sns: 'SNS', lambda: 'Lambda', eventbridge: 'EventBridge' }[arn.kind];
  if (!type) {
    ctx.warn(`Function ${parts.node.id}: destination "${reference}" is not a queue, topic, function or bus of the scenario; set it in EventInvokeConfig by hand.`);
    return undefined;
  }

  return { Type: type, Destination: arn.value };
}

/**
 * SAM adds the permissions a destination needs to the function's role.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-onfailure.html
 */
function eventInvokeConfig(ctx: SamContext, parts: FunctionParts): YamlValue | undefined {
  const invoke = parts.config.EventInvokeConfig;
  if (!invoke) return undefined;
  const onSuccess = destination(ctx, parts, invoke.DestinationConfig?.OnSuccess?.Destination);
  const onFailure = destination(ctx, parts, invoke.DestinationConfig?.OnFailure?.Destination);

  return {
    MaximumRetryAttempts: invoke.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: invoke.MaximumEventAgeInSeconds,
    DestinationConfig: onSuccess || onFailure ? { OnSuccess: onSuccess, OnFailure: onFailure } : undefined,
  };
}

/** https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deadletterqueue.html */
function deadLetterQueue(ctx: SamContext, parts: FunctionParts): YamlValue | undefined {
  const target = parts.config.DeadLetterConfig?.TargetArn;
  if (target === undefined) return undefined;
  const arn = ctx.arnOf(target);
  if (arn.kind !== 'sqs' && arn.kind !== 'sns') {
    ctx.warn(`Function ${parts.node.id}: dead-letter target "${target}" is not a queue or topic; it was left out.`);
    return undefined;
  }

  return { Type: arn.kind === 'sqs' ? 'SQS' : 'SNS', TargetArn: arn.value };
}

function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.keys(value).length > 0 ? value : undefined;
}

function functionBody(ctx: SamContext, parts: FunctionParts): ResourceBody {
  const { config } = parts;
  const typescript = config.language === 'typescript';
  const policies = parts.policies.length > 0 ? parts.policies : undefined;

  return {
    Type: 'AWS::Serverless::Function',
    Metadata: typescript ? esbuildMetadata(config) : undefined,
    Properties: {
      FunctionName: config.FunctionName,
      CodeUri: `${parts.codeDir}/`,
      Handler: config.Handler,
      Runtime: config.Runtime,
      Timeout: config.Timeout,
      MemorySize: config.MemorySize,
      ReservedConcurrentExecutions: config.ReservedConcurrentExecutions,
      Environment: nonEmpty(parts.environment) ? { Variables: parts.environment } : undefined,
      VpcConfig: parts.vpc
        ? { SubnetIds: ref('DatabaseSubnetIds'), SecurityGroupIds: ref('DatabaseSecurityGroupIds') }
        : undefined,
      DeadLetterQueue: deadLetterQueue(ctx, parts),
      EventInvokeConfig: eventInvokeConfig(ctx, parts),
      Policies: policies,
      Events: nonEmpty(parts.events),
    },
  };
}

/** Adds each function's resource, handler files and output. */
export function finishFunctions(ctx: SamContext): void {
  for (const parts of ctx.functions.values()) {
    ctx.addResource(parts.logicalId, [parts.node.id], functionBody(ctx, parts));
    ctx.extraFiles.push(...handlerFiles(parts.codeDir, parts.config, (message) => ctx.warn(message)));
    ctx.outputs[`${parts.logicalId}Arn`] = { Value: getAtt(parts.logicalId, 'Arn') };
    if (parts.config.code.trim() === '') {
      ctx.warn(`Function ${parts.node.id} has no code; ${parts.codeDir}/${handlerFile(parts.config)} is empty.`);
    }
  }
}
