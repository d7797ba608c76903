import { describe, expect, it } from 'vitest';
import { cellText, errorText, previewSql, quoteIdent, rowCountSql, tablesFrom } from './table-queries';

describe('database browser queries', () => {
  it('quotes identifiers with quotes', () => {
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
  });

  it('preview selects the first rows', () => {
    expect(previewSql({ schema: 'public', name: 'orders' })).toBe(
      'SELECT * FROM "public"."orders" LIMIT 20',
    );
  });

  it('counts every table in one statement', () => {
    const sql = rowCountSql([
      { schema: 'public', name: 'a' },
      { schema: 'public', name: 'b' },
    ]);
    expect(sql.split('UNION ALL')).toHaveLength(2);
  });

  it('tables pair with their counts', () => {
    const list = { command: 'SELECT', rowCount: 1, fields: [], rows: [{ table_schema: 'public', table_name: 'orders' }] };
    const counts = { command: 'SELECT', rowCount: 1, fields: [], rows: [{ i: 0, n: 2 }] };
    expect(tablesFrom(list, counts)).toEqual([{ schema: 'public', name: 'orders', rows: 2 }]);
  });

  it('null cells read NULL', () => {
    expect(cellText(null)).toBe('NULL');
  });

  it('errors show their SQLSTATE', () => {
    const error = Object.assign(new Error('relation "x" does not exist'), { code: '42P01', severity: 'ERROR' });
    expect(errorText(error)).toBe('ERROR: relation "x" does not exist (SQLSTATE 42P01)');
  });
});
