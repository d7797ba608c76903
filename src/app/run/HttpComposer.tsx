import { useState } from 'react';
import type { Scenario, ScenarioNode } from '../../engine/model';
import { useAppStore } from '../store';
import type { HeaderRow, HttpDraft } from '../store/run-slice';
import { defaultHttpDraft, formToRaw, HTTP_METHODS, rawToForm, requestUrl } from './http-draft';

interface HttpComposerProps {
  scenario: Scenario;
  node: ScenarioNode;
}

/** Edits the HTTP request sent into a load balancer or API, as fields or raw. */
export function HttpComposer({ scenario, node }: HttpComposerProps) {
  const stored = useAppStore((state) => state.httpDrafts[node.id]);
  const setHttpDraft = useAppStore((state) => state.setHttpDraft);
  const [rawError, setRawError] = useState<string>();
  const draft = stored ?? defaultHttpDraft(scenario, node);
  const update = (patch: Partial<HttpDraft>) => setHttpDraft(node.id, { ...draft, ...patch });
  const updateHeader = (index: number, patch: Partial<HeaderRow>) =>
    update({
      headers: draft.headers.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    });

  const switchMode = (mode: HttpDraft['mode']) => {
    if (mode === draft.mode) {
      return;
    }
    if (mode === 'raw') {
      setRawError(undefined);
      update({ mode, raw: formToRaw(draft) });
      return;
    }
    const parsed = rawToForm(draft);
    if ('error' in parsed) {
      setRawError(`The raw request cannot be shown as fields: ${parsed.error}`);
      return;
    }
    setRawError(undefined);
    update({ ...parsed.draft, mode });
  };

  return (
    <div className="composer">
      <div className="composer__modes" role="group" aria-label="Request format">
        <button type="button" aria-pressed={draft.mode === 'form'} onClick={() => switchMode('form')}>
          Fields
        </button>
        <button type="button" aria-pressed={draft.mode === 'raw'} onClick={() => switchMode('raw')}>
          Raw
        </button>
      </div>
      {rawError && <p className="run-error" role="alert">{rawError}</p>}
      {draft.mode === 'raw' ? (
        <label className="composer__field">
          Raw HTTP request
          <textarea
            className="composer__raw"
            spellCheck={false}
            value={draft.raw}
            onChange={(event) => update({ raw: event.target.value })}
            rows={8}
          />
        </label>
      ) : (
        <>
          <div className="composer__line">
            <label className="composer__field composer__field--method">
              Method
              <select value={draft.method} onChange={(event) => update({ method: event.target.value })}>
                {HTTP_METHODS.map((method) => (
                  <option key={method}>{method}</option>
                ))}
              </select>
            </label>
            <label className="composer__field composer__field--target">
              Path and query
              <input
                type="text"
                spellCheck={false}
                value={draft.target}
                onChange={(event) => update({ target: event.target.value })}
              />
            </label>
          </div>
          <p className="run-muted">
            URL{' '}
            <output aria-label="Request URL">
              {requestUrl(
                node,
                draft.headers.find((row) => row.name.toLowerCase() === 'host')?.value ?? '',
                draft.target,
              )}
            </output>
          </p>
          <fieldset className="composer__headers">
            <legend>Headers</legend>
            {draft.headers.map((row, index) => (
              <div className="composer__header" key={index}>
                <input
                  aria-label={`Header ${index + 1} name`}
                  spellCheck={false}
                  value={row.name}
                  onChange={(event) => updateHeader(index, { name: event.target.value })}
                />
                <input
                  aria-label={`Header ${index + 1} value`}
                  spellCheck={false}
                  value={row.value}
                  onChange={(event) => updateHeader(index, { value: event.target.value })}
                />
                <button
                  type="button"
                  aria-label={`Remove header ${row.name || index + 1}`}
                  onClick={() => update({ headers: draft.headers.filter((_, at) => at !== index) })}
                >
                  ✕
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() => update({ headers: [...draft.headers, { name: '', value: '' }] })}
            >
              Add header
            </button>
          </fieldset>
          <label className="composer__field">
            Body
            <textarea
              spellCheck={false}
              value={draft.body}
              onChange={(event) => update({ body: event.target.value })}
              rows={3}
            />
          </label>
        </>
      )}
    </div>
  );
}
