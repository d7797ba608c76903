/**
 * What the database host needs of a PGlite instance. PGlite is imported on
 * first use only: it is about 16 MB in the browser and takes seconds to
 * start.
 */
export interface SqlEngine {
  query(
    text: string,
    params?: unknown[],
    options?: { rowMode?: 'array' | 'object' },
  ): Promise<SqlResult>;
  exec(text: string, options?: { rowMode?: 'array' | 'object' }): Promise<SqlResult[]>;
  isInTransaction(): boolean;
  close(): Promise<void>;
}

/** One statement's result as PGlite gives it. */
export interface SqlResult {
  rows: unknown[];
  command?: string;
  rowCount?: number;
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

/** Starts a fresh database. */
export type SqlEngineFactory = () => Promise<SqlEngine>;

// node-postgres returns int8 (OID 20) as a string, since it may not fit a
// JavaScript number (https://github.com/brianc/node-pg-types).
const INT8_OID = 20;

/** Starts an in-memory PGlite (PostgreSQL in WebAssembly). */
export const startPglite: SqlEngineFactory = async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ parsers: { [INT8_OID]: (text: string) => text } });

  return {
    query: (text, params, options) => db.query(text, params, options),
    exec: (text, options) => db.exec(text, options),
    isInTransaction: () => db.isInTransaction(),
    close: () => db.close(),
  };
};
