import { useCallback, useState } from 'react';
import { runSql } from './database-client';
import { ResultTable } from './ResultTable';
import { SeedSqlField } from './SeedSqlField';
import {
  errorText,
  lastResult,
  LIST_TABLES_SQL,
  previewSql,
  rowCountSql,
  tablesFrom,
  type QueryResult,
  type TableInfo,
} from './table-queries';
import './database.css';

type Outcome = { kind: 'result'; result: QueryResult } | { kind: 'error'; message: string };

/**
 * Renders the database browser of an RDS node: its tables with row counts,
 * a table's first rows, and a SQL box. PGlite loads on the first click.
 */
export function DatabaseSection({ nodeId, seedSql }: { nodeId: string; seedSql: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tables, setTables] = useState<TableInfo[]>();
  const [tablesError, setTablesError] = useState<string>();
  const [sql, setSql] = useState('select 1 as one');
  const [outcome, setOutcome] = useState<Outcome>();
  const [outcomeLabel, setOutcomeLabel] = useState('Query result');

  const loadTables = useCallback(async () => {
    setBusy(true);
    try {
      const list = lastResult(await runSql(nodeId, LIST_TABLES_SQL));
      if (!list) return;
      const found = tablesFrom(list, undefined);
      const counts =
        found.length > 0
          ? lastResult(await runSql(nodeId, rowCountSql(found)))
          : undefined;
      setTables(tablesFrom(list, counts));
      setTablesError(undefined);
    } catch (error) {
      setTablesError(errorText(error));
    } finally {
      setBusy(false);
    }
  }, [nodeId]);

  const run = async (text: string, label: string) => {
    setBusy(true);
    setOutcomeLabel(label);
    try {
      const result = lastResult(await runSql(nodeId, text));
      setOutcome(result ? { kind: 'result', result } : undefined);
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="inspector-section db-section" aria-label="Database">
      <h3>Database</h3>
      <SeedSqlField nodeId={nodeId} value={seedSql} />
      {!open ? (
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            void loadTables();
          }}
        >
          Open database browser
        </button>
      ) : (
        <>
          <div className="db-row">
            <h4>Tables</h4>
            <button type="button" disabled={busy} onClick={() => void loadTables()}>
              Refresh
            </button>
            {busy && <span role="status">Working…</span>}
          </div>
          {tablesError && (
            <p className="run-error" role="alert">
              {tablesError}
            </p>
          )}
          {tables && tables.length === 0 && (
            <p className="muted">No tables yet; add CREATE TABLE to the seed SQL.</p>
          )}
          {tables && tables.length > 0 && (
            <ul className="db-tables" aria-label="Tables">
              {tables.map((table) => (
                <li key={`${table.schema}.${table.name}`}>
                  <button
                    type="button"
                    className="db-table-button"
                    onClick={() => void run(previewSql(table), `Rows of ${table.name}`)}
                  >
                    {table.schema === 'public' ? table.name : `${table.schema}.${table.name}`}
                  </button>
                  <span className="muted">
                    {table.rows} {table.rows === 1 ? 'row' : 'rows'}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <label className="field-label" htmlFor={`db-query-${nodeId}`}>
            SQL
          </label>
          <textarea
            id={`db-query-${nodeId}`}
            className="db-sql"
            rows={4}
            spellCheck={false}
            data-ctrl-enter="local"
            value={sql}
            aria-keyshortcuts="Control+Enter"
            onChange={(event) => setSql(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.stopPropagation();
                void run(sql, 'Query result');
              }
            }}
          />
          <div className="db-row">
            <button type="button" disabled={busy} onClick={() => void run(sql, 'Query result')}>
              Run query
            </button>
            <span className="muted">Ctrl+Enter</span>
          </div>
          {outcome?.kind === 'error' && (
            <p className="run-error" role="alert">
              {outcome.message}
            </p>
          )}
          {outcome?.kind === 'result' && (
            <ResultTable result={outcome.result} label={outcomeLabel} />
          )}
        </>
      )}
    </section>
  );
}
