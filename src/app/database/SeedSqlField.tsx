import { useEffect, useState } from 'react';
import { useAppStore } from '../store';

/**
 * Renders the RDS node's seed SQL in a multi-line editor. It is saved on blur
 * or Ctrl+Enter.
 */
export function SeedSqlField({ nodeId, value }: { nodeId: string; value: string }) {
  const setField = useAppStore((state) => state.setNodeConfigField);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft !== value) setField(nodeId, ['seedSql'], draft === '' ? undefined : draft);
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={`seed-sql-${nodeId}`}>
        Seed SQL
      </label>
      <textarea
        id={`seed-sql-${nodeId}`}
        className="db-sql"
        rows={8}
        spellCheck={false}
        data-ctrl-enter="local"
        value={draft}
        placeholder="CREATE TABLE orders (id serial PRIMARY KEY, item text);"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
      />
      <p className="field-hint">
        Runs once when the database starts. Changing it starts a fresh database on the next query.
      </p>
    </div>
  );
}
