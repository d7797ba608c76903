import { useId, type KeyboardEvent } from 'react';
import type { FieldDescriptor } from '../../engine/model';
import { StatusIcon } from '../components/StatusIcon';
import { rangeText, toInputText, withUnit } from './field-value';
import { StringMapEditor } from './StringMapEditor';

/** Props of one inspector field. */
export interface FieldControlProps {
  field: FieldDescriptor;
  /** The value stored in the config, undefined when the default applies. */
  value: unknown;
  /** Text typed but not committed because it is invalid. */
  draft?: string;
  error?: string;
  /** Receives the input's text (text kinds) or the new value (others). */
  onText(text: string): void;
  onValue(value: unknown): void;
  /** Applies the draft: on blur, Enter, or Ctrl/Cmd+Enter in a textarea. */
  onCommit(): void;
  /** Discards the draft (Escape). */
  onRevert(): void;
}

function hasDefault(field: FieldDescriptor): boolean {
  return field.default !== undefined && field.kind !== 'json';
}

/** Renders a labelled input for one config field, with default, range and docs. */
export function FieldControl(props: FieldControlProps) {
  const { field, value, draft, error } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const range = rangeText(field);
  const describedBy = error ? `${errorId} ${hintId}` : hintId;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const multiline = event.currentTarget instanceof HTMLTextAreaElement;
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      props.onCommit();
    } else if (event.key === 'Escape' && draft !== undefined) {
      event.preventDefault();
      props.onRevert();
    }
  };
  const numeric = field.kind === 'integer' || field.kind === 'number';
  let inputMode: 'numeric' | 'decimal' | undefined;
  if (field.kind === 'integer') {
    inputMode = 'numeric';
  } else if (field.kind === 'number') {
    inputMode = 'decimal';
  }
  const placeholder =
    hasDefault(field) && typeof field.default !== 'object'
      ? String(field.default)
      : undefined;

  let input;
  switch (field.kind) {
    case 'boolean':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={(value ?? field.default) === true}
          onChange={(event) => props.onValue(event.target.checked)}
        />
      );
      break;
    case 'enum':
      input = (
        <select
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => props.onText(event.target.value)}
        >
          <option value="">
            {hasDefault(field) ? `Default (${String(field.default)})` : 'Not set'}
          </option>
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'string-map':
      input = (
        <StringMapEditor
          label={field.title}
          value={value}
          onChange={(next) => props.onValue(next)}
        />
      );
      break;
    case 'json':
      input = (
        <textarea
          {...common}
          className="json-input"
          rows={4}
          spellCheck={false}
          placeholder={JSON.stringify(field.default ?? null)}
          value={draft ?? toInputText(value, field)}
          onChange={(event) => props.onText(event.target.value)}
          onBlur={props.onCommit}
          onKeyDown={onKeyDown}
        />
      );
      break;
    default:
      // A text input keeps what was typed; a number input would report
      // partial text such as "1e" as empty, which reads as "use the default".
      input = (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={numeric ? false : undefined}
          placeholder={placeholder}
          value={draft ?? toInputText(value, field)}
          onChange={(event) => props.onText(event.target.value)}
          onBlur={props.onCommit}
          onKeyDown={onKeyDown}
        />
      );
  }

  const title = field.unit ? `${field.title} (${field.unit})` : field.title;
  const facts = [
    hasDefault(field) ? `Default: ${withUnit(field.default, field)}` : undefined,
    range ? `Range: ${range}` : undefined,
  ].filter((fact) => fact !== undefined);

  return (
    <div className={`field field-${field.kind}${error ? ' field-invalid' : ''}`}>
      {field.kind === 'string-map' ? (
        <span className="field-label">{title}</span>
      ) : (
        <label className="field-label" htmlFor={id}>
          {title}
        </label>
      )}
      {input}
      {error && (
        <p className="field-error" id={errorId}>
          <StatusIcon name="warning" /> {error}
        </p>
      )}
      <p className="field-hint" id={hintId}>
        {facts.length > 0 && <span className="field-facts">{facts.join(' · ')}</span>}
        {field.description && <span> {field.description}</span>}
        {field.docUrl && (
          <>
            {' '}
            <a href={field.docUrl} target="_blank" rel="noreferrer">
              Docs
            </a>
          </>
        )}
      </p>
    </div>
  );
}
