import { z } from 'zod';
import {
  eventInvokeConfigSchema,
  functionDeadLetterConfigSchema,
} from './lambda-async';
import { placementFields } from './placement';

const CONFIGURATION_DOC =
  'https://docs.aws.amazon.com/lambda/latest/dg/API_CreateFunction.html';

/** Handler code given to a new function. */
export const DEFAULT_HANDLER_CODE = `export const handler = async (event, context) => {
  console.log('Received event', JSON.stringify(event));
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: 'Hello from Lambda', path: event.path }),
  };
};
`;

/** Node.js runtimes the playground runs handlers as. */
export const LAMBDA_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'] as const;

/** Defaults of the simulator's duration and error model of a function. */
export const DEFAULT_FUNCTION_SIMULATION = {
  durationMs: 100,
  perMessageMs: 0,
  jitterMs: 0,
  errorRate: 0,
  itemFailureRate: 0,
  coldStartMs: 250,
} as const;

/**
 * Simulation model of the function, used when the handler does not run.
 * AWS has no such property, so the names are camelCase.
 */
export const functionSimulationSchema = z
  .strictObject({
    durationMs: z.number().min(0).max(900_000).default(100).meta({
      title: 'Simulated duration',
      unit: 'ms',
      description: 'Time one invocation takes, before the per-message part.',
    }),
    perMessageMs: z.number().min(0).max(900_000).default(0).meta({
      title: 'Simulated time per message',
      unit: 'ms',
      description: 'Time added for each record in the event, such as each SQS message.',
    }),
    jitterMs: z.number().min(0).max(900_000).default(0).meta({
      title: 'Duration jitter',
      unit: 'ms',
      description: 'Each duration varies uniformly by up to this much either way.',
    }),
    errorRate: z.number().min(0).max(1).default(0).meta({
      title: 'Error rate',
      description: 'Share of invocations that throw, from 0 to 1; the whole batch fails.',
    }),
    itemFailureRate: z.number().min(0).max(1).default(0).meta({
      title: 'Item failure rate',
      description:
        'Share of SQS messages the function reports in batchItemFailures, from 0 to 1; used with ReportBatchItemFailures.',
      docUrl:
        'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
    }),
    coldStartMs: z.number().min(0).max(10_000).default(250).meta({
      title: 'Cold start',
      unit: 'ms',
      description:
        'Init time of a new execution environment. The default is an estimate for a small Node.js function; measure yours in the REPORT line.',
      docUrl:
        'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
    }),
  })
  .default(DEFAULT_FUNCTION_SIMULATION);

/** A function's simulation model with every default filled in. */
export type FunctionSimulation = z.output<typeof functionSimulationSchema>;

/** A Lambda function's configuration, with CloudFormation property names. */
export const lambdaConfigSchema = z.strictObject({
  FunctionName: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, {
      message: 'use 1 to 64 letters, digits, hyphens or underscores',
    })
    .optional()
    .meta({
      title: 'Function name',
      description: 'Name of the function; the node id is used when empty.',
      docUrl: CONFIGURATION_DOC,
    }),
  Runtime: z.enum(LAMBDA_RUNTIMES).default('nodejs22.x').meta({
    title: 'Runtime',
    description:
      'Node.js runtime. Node.js 24 and later no longer support callback handlers.',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  }),
  Handler: z
    .string()
    .regex(/^[^.\s]+\.[A-Za-z_$][\w$]*$/, {
      message: 'use FILE.EXPORT, for example index.handler',
    })
    .default('index.handler')
    .meta({
      title: 'Handler',
      description: 'File and exported function that Lambda calls.',
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
    }),
  Timeout: z.number().int().min(1).max(900).default(3).meta({
    title: 'Timeout',
    unit: 's',
    description: 'Lambda stops an invocation that runs longer than this.',
    docUrl: CONFIGURATION_DOC,
  }),
  MemorySize: z.number().int().min(128).max(10240).default(128).meta({
    title: 'Memory size',
    unit: 'MB',
    description: 'Memory for each execution environment; CPU scales with it.',
    docUrl: CONFIGURATION_DOC,
  }),
  ReservedConcurrentExecutions: z.number().int().min(0).optional().meta({
    title: 'Reserved concurrency',
    description:
      'Caps and guarantees concurrent executions; 0 throttles every invocation.',
    docUrl:
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  }),
  Environment: z
    .strictObject({
      Variables: z.record(z.string(), z.string()).default({}).meta({
        title: 'Environment variables',
        description: 'Set in process.env; at most 4 KB in total.',
        docUrl:
          'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
      }),
    })
    .default({ Variables: {} }),
  code: z.string().default(DEFAULT_HANDLER_CODE).meta({
    title: 'Code',
    description: 'Handler source, written as for the Node.js runtime.',
  }),
  language: z.enum(['javascript', 'typescript']).default('javascript').meta({
    title: 'Language',
    description: 'TypeScript is compiled in the browser before it runs.',
  }),
  ...placementFields("The function's"),
  EventInvokeConfig: eventInvokeConfigSchema.optional(),
  DeadLetterConfig: functionDeadLetterConfigSchema.optional(),
  simulation: functionSimulationSchema,
});

/** A function's configuration with every default filled in. */
export type LambdaConfig = z.output<typeof lambdaConfigSchema>;
