import { useId } from 'react';
import type { FieldDescriptor } from '../../engine/model';
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
}

function hasDefault(field: FieldDescriptor): boolean {
  return field.default !== undefined && field.kind !== 'json';
}

/** A labelled input for one config field, with default, range and docs. */
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
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          type={field.kind === 'integer' || field.kind === 'number' ? 'number' : 'text'}
          min={field.minimum}
          max={field.maximum}
          step={field.kind === 'integer' ? 1 : 'any'}
          placeholder={placeholder}
          value={draft ?? toInputText(value, field)}
          onChange={(event) => props.onText(event.target.value)}
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
          <span aria-hidden="true">⚠ </span>
          {error}
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
