import { useState } from 'react';
import type { z } from 'zod';
import { checkFieldValue, type FieldDescriptor } from '../../engine/model';
import { getAtPath, setAtPath } from '../store/scenario-ops';
import { FieldControl } from './FieldControl';
import { parseInputText, pathKey } from './field-value';

/** A value typed into a field that is not in the config yet. */
interface Draft {
  path: string[];
  text?: string;
  /** The parsed value; absent when the text itself could not be parsed. */
  parsed?: { value: unknown };
}

/** Props of a form generated from a config schema. */
export interface ConfigFormProps {
  fields: FieldDescriptor[];
  config: Record<string, unknown>;
  schema: z.ZodType;
  /** Writes valid values; called once per changed field. */
  commit(path: string[], value: unknown): void;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((part, index) => path[index] === part);
}

/** The field an issue belongs to: the longest field path that prefixes it. */
function fieldFor(fields: FieldDescriptor[], issuePath: string[]): string | undefined {
  const matching = fields.filter(
    (field) => startsWith(issuePath, field.path) || startsWith(field.path, issuePath),
  );
  matching.sort((a, b) => b.path.length - a.path.length);
  const first = matching[0];

  return first ? pathKey(first.path) : undefined;
}

/**
 * Edits a config through its fields. A value is committed only when the whole
 * config passes the schema; until then it stays a draft marked at its field.
 */
export function ConfigForm({ fields, config, schema, commit }: ConfigFormProps) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const change = (field: FieldDescriptor, draft: Draft) => {
    const key = pathKey(field.path);
    const nextDrafts = { ...drafts, [key]: draft };
    if (!draft.parsed) {
      setDrafts(nextDrafts);
      return;
    }
    let candidate = config;
    for (const item of Object.values(nextDrafts)) {
      if (item.parsed) {
        candidate = setAtPath(candidate, item.path, item.parsed.value);
      }
    }
    const issues = checkFieldValue(schema, candidate);
    if (issues.length === 0) {
      for (const item of Object.values(nextDrafts)) {
        if (item.parsed) {
          commit(item.path, item.parsed.value);
        }
      }
      setDrafts(Object.fromEntries(
        Object.entries(nextDrafts).filter(([, item]) => !item.parsed),
      ));
      setErrors((current) => {
        const next = { ...current };
        for (const item of Object.values(nextDrafts)) {
          if (item.parsed) {
            delete next[pathKey(item.path)];
          }
        }

        return next;
      });
      return;
    }
    const nextErrors: Record<string, string> = {};
    for (const issue of issues) {
      const owner = fieldFor(fields, issue.path) ?? key;
      nextErrors[owner] ??= issue.message;
    }
    setDrafts(nextDrafts);
    setErrors(nextErrors);
  };

  const onText = (field: FieldDescriptor, text: string) => {
    const parsed = parseInputText(text, field);
    const key = pathKey(field.path);
    if (!parsed.ok) {
      setErrors({ ...errors, [key]: parsed.message });
      change(field, { path: field.path, text });
      return;
    }
    change(field, { path: field.path, text, parsed: { value: parsed.value } });
  };

  const onValue = (field: FieldDescriptor, value: unknown) => {
    // A value equal to the AWS default is removed, so the default applies.
    const stored =
      field.default !== undefined && JSON.stringify(value) === JSON.stringify(field.default)
        ? undefined
        : value;
    change(field, { path: field.path, parsed: { value: stored } });
  };

  return (
    <div className="config-form">
      {fields.map((field) => {
        const key = pathKey(field.path);

        return (
          <FieldControl
            key={key}
            field={field}
            value={getAtPath(config, field.path)}
            draft={drafts[key]?.text}
            error={errors[key]}
            onText={(text) => onText(field, text)}
            onValue={(value) => onValue(field, value)}
          />
        );
      })}
    </div>
  );
}
