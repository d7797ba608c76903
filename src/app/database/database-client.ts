import { queryDatabase } from '../run/engine-client';
import type { QueryResult } from './table-queries';

/** Runs SQL on an RDS node's database; the first call loads PGlite. */
export async function runSql(rdsNodeId: string, sql: string): Promise<QueryResult | QueryResult[]> {
  return (await queryDatabase(rdsNodeId, sql)) as QueryResult | QueryResult[];
}
