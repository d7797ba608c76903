import { z } from 'zod';

/** An RDS for PostgreSQL DB instance. */
export const rdsConfigSchema = z.strictObject({
  DBInstanceIdentifier: z.string().min(1).max(63).optional().meta({
    title: 'DB instance identifier',
    description: 'The node id is used when empty.',
  }),
  Engine: z.enum(['postgres']).default('postgres').meta({
    title: 'Engine',
    description: 'The playground runs PostgreSQL.',
  }),
  DBInstanceClass: z.string().default('db.t3.micro').meta({
    title: 'Instance class',
    description: 'Sets memory, and so the default max_connections.',
    docUrl:
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html',
  }),
  DBName: z.string().min(1).default('postgres').meta({
    title: 'Database name',
    description: 'Database a connection opens by default.',
  }),
});

export type RdsConfig = z.output<typeof rdsConfigSchema>;
