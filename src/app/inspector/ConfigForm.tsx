import { Fragment, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { FieldDescriptor } from '../../engine/model';
import { getAtPath, setAtPath } from '../store/scenario-ops';
import { FieldControl } from './FieldControl';
import { fieldMessage, type FieldIssue } from './field-message';
import { parseInputText, pathKey, withUnit } from './field-value';

/** Text typed into a field that is not in the config yet. */
interface Draft {
  path: string[];
  text: string;
  /** The applied value, as JSON, when the text was typed. */
  base: string | undefined;
}

/** Props of a form generated from a config schema. */
export interface ConfigFormProps {
  fields: FieldDescriptor[];
  config: Record<string, unknown>;
  schema: z.ZodType;
  /** Writes valid values; called once per changed field. */
  commit(path: string[], value: unknown): void;
  /** Content shown right below a field, by the field's path key. */
  after?: Record<string, ReactNode>;
}

/**
 * Fields whose every keystroke would be a different valid value (9, 90, 901)
 * apply only on blur or Enter, as the AWS console's forms do.
 */
export function commitsOnBlur(field: FieldDescriptor): boolean {
  return field.kind === 'integer' || field.kind === 'number' || field.kind === 'json';
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((part, index) => path[index] === part);
}

/** Finds the field an issue belongs to: the longest field path that prefixes it. */
function fieldFor(
  fields: FieldDescriptor[],
  issuePath: string[],
): FieldDescriptor | undefined {
  const matching = fields.filter(
    (field) => startsWith(issuePath, field.path) || startsWith(field.path, issuePath),
  );
  matching.sort((a, b) => b.path.length - a.path.length);

  return matching[0];
}

/** Checks a candidate config; returns advice per field key, empty when valid. */
function problems(
  schema: z.ZodType,
  fields: FieldDescriptor[],
  candidate: Record<string, unknown>,
  fallbackKey: string,
): Record<string, string> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) {
    return {};
  }
  const found: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldFor(fields, issue.path.map(String));
    const key = field ? pathKey(field.path) : fallbackKey;
    found[key] ??= fieldMessage(issue as FieldIssue, field);
  }

  return found;
}

/** Keys of drafts whose field's applied value changed since they were typed. */
function staleDrafts(
  drafts: Record<string, Draft>,
  config: Record<string, unknown>,
): string[] {
  return Object.entries(drafts)
    .filter(([, draft]) => JSON.stringify(getAtPath(config, draft.path)) !== draft.base)
    .map(([key]) => key);
}

function without<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => !keys.includes(key)),
  );
}

/** Describes the value in force, e.g. "3 s (default)". */
function appliedText(field: FieldDescriptor, value: unknown): string {
  if (value !== undefined) {
    return withUnit(value, field);
  }

  return field.default !== undefined ? `${withUnit(field.default, field)} (default)` : 'unset';
}

/**
 * Edits a config through its fields. A value is committed only when the whole
 * config passes the schema; until then it stays a draft marked at its field.
 */
export function ConfigForm({ fields, config, schema, commit, after }: ConfigFormProps) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // An undo, redo or other edit that changes a field's applied value discards
  // the text typed into it, so the field shows the value now in force.
  const stale = staleDrafts(drafts, config);
  if (stale.length > 0) {
    setDrafts(without(drafts, stale));
    setErrors((current) => without(current, stale));
  }

  const setError = (key: string, message: string | undefined) =>
    setErrors((current) => {
      const next = { ...current };
      if (message === undefined) {
        delete next[key];
      } else {
        next[key] = message;
      }

      return next;
    });

  const dropDraft = (key: string) =>
    setDrafts((current) => {
      const next = { ...current };
      delete next[key];

      return next;
    });

  /** Validates `value` for `field` with the config; writes it when valid. */
  const tryCommit = (field: FieldDescriptor, value: unknown, write: boolean): boolean => {
    const key = pathKey(field.path);
    const before = problems(schema, fields, config, key);
    const found = problems(schema, fields, setAtPath(config, field.path, value), key);
    // Problems the stored config already had do not block this field.
    const blocking = Object.entries(found).filter(
      ([owner, message]) => before[owner] !== message,
    );
    if (blocking.length > 0) {
      setErrors((current) => ({ ...current, ...Object.fromEntries(blocking) }));
      if (!blocking.some(([owner]) => owner === key)) {
        setError(key, 'This value conflicts with another setting; see its message.');
      }
      return false;
    }
    const current = getAtPath(config, field.path);
    if (write && JSON.stringify(value) !== JSON.stringify(current)) {
      commit(field.path, value);
    }
    setError(key, undefined);

    return true;
  };

  const onText = (field: FieldDescriptor, text: string) => {
    const key = pathKey(field.path);
    const parsed = parseInputText(text, field);
    const draftOf = (typed: string): Draft => ({
      path: field.path,
      text: typed,
      base: JSON.stringify(getAtPath(config, field.path)),
    });
    if (commitsOnBlur(field)) {
      setDrafts((current) => ({ ...current, [key]: draftOf(text) }));
      if (parsed.ok) {
        tryCommit(field, parsed.value, false);
      } else {
        setError(key, parsed.message);
      }
      return;
    }
    if (!parsed.ok) {
      setDrafts((current) => ({ ...current, [key]: draftOf(text) }));
      setError(key, parsed.message);
      return;
    }
    if (tryCommit(field, parsed.value, true)) {
      dropDraft(key);
    } else {
      setDrafts((current) => ({ ...current, [key]: draftOf(text) }));
    }
  };

  /** Applies a field's draft on blur or Enter; an invalid draft stays marked. */
  const onCommit = (field: FieldDescriptor) => {
    const key = pathKey(field.path);
    const draft = drafts[key];
    if (!draft || !commitsOnBlur(field)) {
      return;
    }
    const parsed = parseInputText(draft.text, field);
    const applied = appliedText(field, getAtPath(config, field.path));
    if (!parsed.ok) {
      setError(key, `${parsed.message} Not applied: ${field.title} stays ${applied}.`);
      return;
    }
    if (tryCommit(field, parsed.value, true)) {
      dropDraft(key);
      return;
    }
    setErrors((current) =>
      current[key] === undefined || current[key].includes('Not applied')
        ? current
        : { ...current, [key]: `${current[key]} Not applied: ${field.title} stays ${applied}.` },
    );
  };

  /** Escape discards the draft and shows the value in force again. */
  const onRevert = (field: FieldDescriptor) => {
    const key = pathKey(field.path);
    dropDraft(key);
    setError(key, undefined);
  };

  const onValue = (field: FieldDescriptor, value: unknown) => {
    // A value equal to the AWS default is removed, so the default applies.
    const stored =
      field.default !== undefined && JSON.stringify(value) === JSON.stringify(field.default)
        ? undefined
        : value;
    tryCommit(field, stored, true);
  };

  return (
    <div className="config-form">
      {fields.map((field) => {
        const key = pathKey(field.path);

        return (
          <Fragment key={key}>
            <FieldControl
              field={field}
              value={getAtPath(config, field.path)}
              draft={drafts[key]?.text}
              error={errors[key]}
              onText={(text) => onText(field, text)}
              onValue={(value) => onValue(field, value)}
              onCommit={() => onCommit(field)}
              onRevert={() => onRevert(field)}
            />
            {after?.[key]}
          </Fragment>
        );
      })}
    </div>
  );
}
