import type { FunctionDefinition } from '../../engine/lambda/invocation';

/** Access key id every handler gets; an obvious placeholder. */
export const PLACEHOLDER_ACCESS_KEY_ID = 'ASIAPLAYGROUNDFAKEKEY';

/** Static facts about one execution environment, shared with the handler. */
export interface EnvironmentIdentity {
  logGroupName: string;
  logStreamName: string;
  invokedFunctionArn: string;
}

/** Derives the log group, log stream and ARN of an environment. */
export function environmentIdentity(
  fn: FunctionDefinition,
  logStream: string,
): EnvironmentIdentity {
  return {
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: logStream,
    invokedFunctionArn: `arn:aws:lambda:${fn.region}:${fn.accountId}:function:${fn.functionName}`,
  };
}

/**
 * Builds `process.env` for a handler. Unreserved defaults (`TZ`, `LANG`,
 * `PATH`, `NODE_PATH`) yield to the function's variables; reserved ones win
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 * Credentials are obvious placeholders, so no real key reaches handler code.
 */
export function lambdaEnvironment(
  fn: FunctionDefinition,
  identity: EnvironmentIdentity,
): Record<string, string> {
  return {
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    NODE_PATH:
      '/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task',
    ...fn.environment,
    _HANDLER: fn.handler,
    AWS_REGION: fn.region,
    AWS_DEFAULT_REGION: fn.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySizeMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: identity.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: identity.logStreamName,
    AWS_ACCESS_KEY_ID: PLACEHOLDER_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: 'playground-placeholder-not-a-real-secret',
    AWS_SESSION_TOKEN: 'playground-placeholder-not-a-real-token',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
  };
}

/** Returns the Node.js major version of a runtime id such as `nodejs22.x`. */
export function nodeMajorVersion(runtime: string): number | undefined {
  const match = /^nodejs(\d+)\.x$/.exec(runtime);

  return match ? Number(match[1]) : undefined;
}

/**
 * Tells whether the runtime still accepts callback handlers: Node.js 22 and
 * earlier do, Node.js 24 and later reject them
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html).
 */
export function supportsCallbackHandlers(runtime: string): boolean {
  const major = nodeMajorVersion(runtime);

  return major === undefined || major < 24;
}
