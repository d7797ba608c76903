import { useId, type ReactNode } from 'react';
import type { Scenario, ScenarioNode } from '../../engine/model';
import { defaultEntryDraft, entryProblems, type EntryDraft } from './entry-draft';
import { useEntryDrafts } from './entry-store';
import './eventbridge.css';

const ENTRY_DOC =
  'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html';

interface FieldProps {
  label: string;
  problem?: string | undefined;
  hint?: string;
  children(props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactNode;
}

/** Renders a labelled input with its PutEvents problem and hint. */
function EntryField({ label, problem, hint, children }: FieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = problem ?? hint;

  return (
    <div className="composer__field eb-entry__field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(problem ? { 'aria-invalid': true as const } : {}),
        ...(note ? { 'aria-describedby': noteId } : {}),
      })}
      {problem ? (
        <p className="run-error" id={noteId}>
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : (
        hint && (
          <p className="run-muted" id={noteId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** Edits the PutEvents entry sent into an event bus. */
export function EntryComposer({ scenario, node }: { scenario: Scenario; node: ScenarioNode }) {
  const stored = useEntryDrafts((state) => state.drafts[node.id]);
  const setDraft = useEntryDrafts((state) => state.setDraft);
  const draft = stored ?? defaultEntryDraft(scenario, node);
  const problems = entryProblems(draft);
  const update = (patch: Partial<EntryDraft>) => setDraft(node.id, { ...draft, ...patch });

  return (
    <div className="composer eb-entry" role="group" aria-label="PutEvents entry">
      <div className="eb-entry__line">
        <EntryField label="Source" problem={problems.source}>
          {(props) => (
            <input {...props} value={draft.source} spellCheck={false} onChange={(event) => update({ source: event.target.value })} />
          )}
        </EntryField>
        <EntryField label="DetailType" problem={problems.detailType}>
          {(props) => (
            <input {...props} value={draft.detailType} spellCheck={false} onChange={(event) => update({ detailType: event.target.value })} />
          )}
        </EntryField>
      </div>
      <EntryField label="Detail" problem={problems.detail} hint="A JSON object; it arrives as the event's detail.">
        {(props) => (
          <textarea
            {...props}
            className="composer__raw"
            rows={6}
            spellCheck={false}
            value={draft.detail}
            onChange={(event) => update({ detail: event.target.value })}
          />
        )}
      </EntryField>
      <div className="eb-entry__line">
        <EntryField label="Resources" hint="ARNs, one per line; optional.">
          {(props) => (
            <textarea {...props} rows={2} spellCheck={false} value={draft.resources} onChange={(event) => update({ resources: event.target.value })} />
          )}
        </EntryField>
        <EntryField label="Time" problem={problems.time} hint="ISO-8601; empty means the time of sending.">
          {(props) => (
            <input {...props} value={draft.time} placeholder="2024-01-01T12:00:00Z" spellCheck={false} onChange={(event) => update({ time: event.target.value })} />
          )}
        </EntryField>
      </div>
      <p className="run-muted">
        Sent as one PutEvents entry. If PutEvents rejects it, the response gives the error code.{' '}
        <a href={ENTRY_DOC} target="_blank" rel="noreferrer">
          Docs
        </a>
      </p>
    </div>
  );
}
