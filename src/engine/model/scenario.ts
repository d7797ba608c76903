import { z } from 'zod';
import { NODE_TYPES } from './node-types';

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
});

/** A service on the canvas; `config` is checked against its type's schema. */
export const nodeSchema = z.strictObject({
  id: z.string().min(1, { message: 'a node id cannot be empty' }),
  type: z.enum(NODE_TYPES),
  position: z
    .strictObject({ x: z.number(), y: z.number() })
    .default({ x: 0, y: 0 }),
  config: configRecord.default({}),
});

/** A connection; an edge into a function holds its trigger's settings. */
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
  settings: settingsSchema.default({
    region: 'us-east-1',
    accountId: '123456789012',
    seed: 1,
  }),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  // NOTE: the simulator defines the shape of a load; until it exists, loads
  // are carried through unchanged.
  loads: z.array(z.unknown()).default([]),
});

export type ScenarioSettings = z.output<typeof settingsSchema>;
export type ScenarioNode = z.output<typeof nodeSchema>;
export type ScenarioEdge = z.output<typeof edgeSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
