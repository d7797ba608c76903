import type { PostgresErrorFields } from '../../engine/rds/postgres-errors';
import { HostCallError } from '../shared/host-calls';
import type { SqlResult } from './pglite-loader';

/** A query result as node-postgres returns it (https://node-postgres.com/apis/result). */
export interface PgResult {
  command: string | null;
  rowCount: number | null;
  rows: unknown[];
  fields: { name: string; dataTypeID: number; format: 'text' }[];
}

/** Shapes a PGlite result like node-postgres's `Result`. */
export function pgResult(result: SqlResult): PgResult {
  return {
    command: result.command ?? null,
    rowCount: result.rowCount ?? null,
    rows: result.rows,
    fields: result.fields.map((field) => ({
      name: field.name,
      dataTypeID: field.dataTypeID,
      format: 'text',
    })),
  };
}

// Fields node-postgres copies from an ErrorResponse onto `DatabaseError`.
const ERROR_FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const;

/**
 * Turns an error PGlite threw into node-postgres's `DatabaseError` as the
 * handler sees it: `name` 'error', the message, and the SQLSTATE fields.
 * Other errors pass through unchanged.
 */
export function pgError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as { code?: unknown }).code !== 'string') {
    return error;
  }
  const source = error as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of ERROR_FIELDS) {
    if (source[key] !== undefined) fields[key] = source[key];
  }

  return new HostCallError('error', error.message, fields);
}

/** A connection-time error (53300, 28P01, …) as a handler error. */
export function startupError(fields: PostgresErrorFields): HostCallError {
  const { name, message, ...rest } = fields;

  return new HostCallError(name, message, rest);
}

/** node-postgres's error when the server side of a connection is gone. */
export function terminatedError(): HostCallError {
  return new HostCallError('Error', 'Connection terminated unexpectedly');
}
