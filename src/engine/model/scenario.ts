import { z } from 'zod';
import { NODE_TYPES } from './node-types';
import { loadSchema } from './load';

/** The scenario format version this build writes. */
export const SCENARIO_VERSION = 1;

const configRecord = z.record(z.string(), z.unknown());

/** Scenario-wide settings. */
export const settingsSchema = z.strictObject({
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'use a Region such as us-east-1' })
    .default('us-east-1'),
  accountId: z
    .string()
    .regex(/^\d{12}$/, { message: 'use a 12-digit AWS account id' })
    .default('123456789012'),
  seed: z.number().int().min(0).default(1),
  sqsScalingModel: z.enum(['current', 'classic']).default('current').meta({
    title: 'SQS poller scaling',
    description:
      'current: event source mappings add up to 300 concurrent batches a minute (since 6 November 2023); classic: up to 60 a minute, as before.',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  }),
  accountConcurrency: z.number().int().min(1).max(1_000_000).default(1000).meta({
    title: 'Account concurrency',
    description:
      'Concurrent executions shared by all functions in the Region; the AWS default quota is 1,000.',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  }),
});

/** Settings with every default filled in, used when a scenario has none. */
export const DEFAULT_SETTINGS = {
  region: 'us-east-1',
  accountId: '123456789012',
  seed: 1,
  sqsScalingModel: 'current',
  accountConcurrency: 1000,
} as const;

/** A service on the canvas; `config` is checked against its type's schema. */
export const nodeSchema = z.strictObject({
  id: z.string().min(1, { message: 'a node id cannot be empty' }),
  type: z.enum(NODE_TYPES),
  position: z
    .strictObject({ x: z.number(), y: z.number() })
    .default({ x: 0, y: 0 }),
  config: configRecord.default({}),
});

/** A connection; an edge into a function contains its trigger's settings. */
export const edgeSchema = z.strictObject({
  id: z.string().min(1, { message: 'an edge id cannot be empty' }),
  source: z.string().min(1),
  target: z.string().min(1),
  config: configRecord.default({}),
});

/** The whole scenario, the single source of truth of the app. */
export const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  name: z.string().default('Untitled scenario'),
  description: z.string().optional(),
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  loads: z.array(loadSchema).default([]),
});

export type ScenarioSettings = z.output<typeof settingsSchema>;
export type ScenarioNode = z.output<typeof nodeSchema>;
export type ScenarioEdge = z.output<typeof edgeSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
