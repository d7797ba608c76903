import { useEffect, useState } from 'react';

type Row = { key: string; value: string };

function toRows(value: unknown): Row[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }

  return Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
    key,
    value: String(item),
  }));
}

function toRecord(rows: Row[]): Record<string, string> | undefined {
  const entries = rows.filter((row) => row.key !== '').map((row) => [row.key, row.value]);

  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Key/value rows for a string map such as environment variables. */
export function StringMapEditor(props: {
  label: string;
  value: unknown;
  onChange(value: Record<string, string> | undefined): void;
}) {
  const [rows, setRows] = useState<Row[]>(() => toRows(props.value));
  // Undo and redo change the value from outside; rows with an empty key stay.
  useEffect(() => {
    setRows((current) => {
      const same = JSON.stringify(toRecord(current)) === JSON.stringify(toRecord(toRows(props.value)));

      return same ? current : toRows(props.value);
    });
  }, [props.value]);

  const update = (next: Row[]) => {
    setRows(next);
    props.onChange(toRecord(next));
  };

  return (
    <div className="string-map" role="group" aria-label={props.label}>
      {rows.map((row, index) => (
        <div className="string-map-row" key={index}>
          <input
            aria-label={`${props.label} ${index + 1} name`}
            placeholder="NAME"
            value={row.key}
            onChange={(event) =>
              update(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))
            }
          />
          <input
            aria-label={`${props.label} ${index + 1} value`}
            placeholder="value"
            value={row.value}
            onChange={(event) =>
              update(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))
            }
          />
          <button
            type="button"
            aria-label={`Remove ${props.label} ${index + 1}`}
            onClick={() => update(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => setRows([...rows, { key: '', value: '' }])}>
        Add variable
      </button>
    </div>
  );
}
