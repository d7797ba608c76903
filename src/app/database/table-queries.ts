/** SQL the database browser sends, and the parsing of its results. */

/** A result as the `pg` stand-in shapes it. */
export interface QueryResult {
  command: string | null;
  rowCount: number | null;
  rows: unknown[];
  fields: { name: string }[];
}

/** One user table with its row count. */
export interface TableInfo {
  schema: string;
  name: string;
  rows: number;
}

/** User tables, without PostgreSQL's own schemas. */
export const LIST_TABLES_SQL = `SELECT table_schema, table_name
FROM information_schema.tables
WHERE table_type = 'BASE TABLE'
  AND table_schema NOT IN ('pg_catalog', 'information_schema')
ORDER BY table_schema, table_name`;

/** Quotes an identifier for PostgreSQL: doubles quotes inside. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function qualified(table: { schema: string; name: string }): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
}

/** Builds one statement counting the rows of every table, or empty text for no table. */
export function rowCountSql(tables: { schema: string; name: string }[]): string {
  return tables
    .map(
      (table, index) =>
        `SELECT ${index} AS i, count(*)::int AS n FROM ${qualified(table)}`,
    )
    .join('\nUNION ALL\n');
}

/** Builds the query for the first rows of a table. */
export function previewSql(table: { schema: string; name: string }, limit = 20): string {
  return `SELECT * FROM ${qualified(table)} LIMIT ${limit}`;
}

/** Returns the last result of a script, the one a console shows. */
export function lastResult(result: QueryResult | QueryResult[]): QueryResult | undefined {
  return Array.isArray(result) ? result[result.length - 1] : result;
}

/** Reads the table list and the counts into TableInfo entries. */
export function tablesFrom(list: QueryResult, counts: QueryResult | undefined): TableInfo[] {
  const byIndex = new Map<number, number>();
  for (const row of (counts?.rows ?? []) as { i: number; n: number }[]) {
    byIndex.set(Number(row.i), Number(row.n));
  }

  return (list.rows as { table_schema: string; table_name: string }[]).map((row, index) => ({
    schema: row.table_schema,
    name: row.table_name,
    rows: byIndex.get(index) ?? 0,
  }));
}

/** Formats a cell as text: NULL for null, ISO 8601 for dates, JSON for objects and arrays. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);

  return String(value);
}

/** Formats a query failure as one line: the severity and Postgres message with its SQLSTATE. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const severity = (error as { severity?: unknown }).severity;
  const prefix = typeof severity === 'string' ? `${severity}: ` : '';
  const suffix = typeof code === 'string' && code !== '' ? ` (SQLSTATE ${code})` : '';

  return `${prefix}${error.message}${suffix}`;
}
