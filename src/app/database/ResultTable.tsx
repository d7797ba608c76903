import { cellText, type QueryResult } from './table-queries';

/** Renders a query result as a table, or the command and row count when it has no rows. */
export function ResultTable({ result, label }: { result: QueryResult; label: string }) {
  if (result.fields.length === 0) {
    return (
      <p className="db-summary" role="status">
        {result.command ?? 'OK'}
        {result.rowCount !== null ? ` · ${result.rowCount} rows` : ''}
      </p>
    );
  }

  return (
    <div className="db-table-wrap">
      <table className="db-table" aria-label={label}>
        <thead>
          <tr>
            {result.fields.map((field, index) => (
              <th key={index} scope="col">
                {field.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(result.rows as Record<string, unknown>[]).map((row, rowIndex) => (
            <tr key={rowIndex}>
              {result.fields.map((field, index) => (
                <td key={index}>{cellText(row[field.name])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="db-summary">
        {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'}
      </p>
    </div>
  );
}
