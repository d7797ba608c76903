import { z } from 'zod';

const CREATE_DOC =
  'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html';

/** An RDS for PostgreSQL DB instance. */
export const rdsConfigSchema = z.strictObject({
  DBInstanceIdentifier: z.string().min(1).max(63).optional().meta({
    title: 'DB instance identifier',
    description: 'First label of the endpoint host name; the node id when empty.',
    docUrl: CREATE_DOC,
  }),
  Engine: z.enum(['postgres']).default('postgres').meta({
    title: 'Engine',
    description: 'The playground runs PostgreSQL.',
  }),
  DBInstanceClass: z.string().default('db.t3.micro').meta({
    title: 'Instance class',
    description:
      'Sets memory, and so the default max_connections: LEAST(DBInstanceClassMemory/9531392, 5000).',
    docUrl:
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections',
  }),
  DBName: z.string().min(1).default('postgres').meta({
    title: 'Database name',
    description: 'Database a connection opens by default.',
    docUrl: CREATE_DOC,
  }),
  MasterUsername: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/, {
      message: 'start with a letter; use letters, digits and _ (at most 63)',
    })
    .default('postgres')
    .meta({
      title: 'Master username',
      description: 'The user a function connects as.',
      docUrl: CREATE_DOC,
    }),
  MasterUserPassword: z
    .string()
    .min(8, { message: 'use 8 to 128 characters' })
    .max(128, { message: 'use 8 to 128 characters' })
    .regex(/^[^/"@ ]+$/, { message: 'leave out /, ", @ and spaces' })
    .default('playground-password')
    .meta({
      title: 'Master password',
      description:
        'Checked at connect time; a wrong one fails with 28P01. Shared links include it.',
      docUrl: CREATE_DOC,
    }),
  maxConnections: z.number().int().min(1).max(262_143).optional().meta({
    title: 'max_connections',
    description:
      'A parameter group value; empty means the instance class default.',
    docUrl:
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections',
  }),
  seedSql: z.string().default('').meta({
    title: 'Seed SQL',
    description: 'Statements run once when the database starts, such as CREATE TABLE and INSERT.',
  }),
});

export type RdsConfig = z.output<typeof rdsConfigSchema>;
