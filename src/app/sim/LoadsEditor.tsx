import { useState } from 'react';
import { useAppStore } from '../store';
import { formatCount } from './format';
import { draftOf, emptyDraft, parseDraft, type LoadDraft } from './load-form';
import { QueueSelect } from './QueueSelect';

/** Lists the scenario's loads and edits them through one form. */
export function LoadsEditor() {
  const scenario = useAppStore((state) => state.scenario);
  const selectedId = useAppStore((state) => state.selection.nodeId);
  const queues = scenario.nodes.filter((node) => node.type === 'sqs');
  const defaultQueue =
    queues.find((node) => node.id === selectedId)?.id ?? queues[0]?.id ?? '';
  const [draft, setDraft] = useState<LoadDraft>();
  const [editing, setEditing] = useState<number>();
  const [errors, setErrors] = useState<string[]>([]);
  const form = draft ?? emptyDraft(defaultQueue);
  const update = (patch: Partial<LoadDraft>) => setDraft({ ...form, ...patch });

  const save = () => {
    const previous = editing === undefined ? undefined : scenario.loads[editing];
    const result = parseDraft(scenario, form, previous?.messageGroups);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    const loads = [...scenario.loads];
    if (editing === undefined) {
      loads.push(result.load);
    } else {
      loads[editing] = result.load;
    }
    useAppStore.getState().setLoads(loads);
    setDraft(undefined);
    setEditing(undefined);
    setErrors([]);
  };

  if (queues.length === 0) {
    return (
      <section className="sim-loads" aria-label="Loads">
        <h3>Loads</h3>
        <p className="run-empty">Add an SQS queue from the palette and connect it to a function to simulate a load.</p>
      </section>
    );
  }

  return (
    <section className="sim-loads" aria-label="Loads">
      <h3>Loads</h3>
      {scenario.loads.length === 0 ? (
        <p className="run-empty">No loads yet. Add one below, then press Simulate.</p>
      ) : (
        <ul className="sim-loads__list" aria-label="Scenario loads">
          {scenario.loads.map((load, index) => (
            <li key={index}>
              <span>
                {formatCount(load.count)} messages → {load.target} at {load.startSeconds} s,{' '}
                {load.ratePerSecond === undefined ? 'burst' : `${formatCount(load.ratePerSecond)}/s`}
              </span>
              <button
                type="button"
                className="run-link"
                onClick={() => {
                  setDraft(draftOf(load));
                  setEditing(index);
                  setErrors([]);
                }}
              >
                Edit<span className="visually-hidden"> load {index + 1}</span>
              </button>
              <button
                type="button"
                className="run-link"
                onClick={() => {
                  useAppStore.getState().setLoads(scenario.loads.filter((_, at) => at !== index));
                  setEditing(undefined);
                  setDraft(undefined);
                }}
              >
                Remove<span className="visually-hidden"> load {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="sim-form"
        aria-label={editing === undefined ? 'New load' : `Edit load ${editing + 1}`}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <QueueSelect
          queues={queues}
          value={form.target}
          onChange={(target) => update({ target })}
        />
        <label className="composer__field">
          Messages
          <input inputMode="numeric" value={form.count} onChange={(event) => update({ count: event.target.value })} />
        </label>
        <label className="composer__field">
          Start (s)
          <input inputMode="decimal" value={form.startSeconds} onChange={(event) => update({ startSeconds: event.target.value })} />
        </label>
        <label className="composer__field">
          Rate (messages/s, empty for a burst)
          <input inputMode="decimal" value={form.ratePerSecond} onChange={(event) => update({ ratePerSecond: event.target.value })} />
        </label>
        <label className="composer__field sim-form__wide">
          Body
          <input value={form.body} onChange={(event) => update({ body: event.target.value })} />
        </label>
        <div className="sim-row">
          <button type="submit">{editing === undefined ? 'Add load' : 'Save load'}</button>
          {editing !== undefined && (
            <button
              type="button"
              onClick={() => {
                setEditing(undefined);
                setDraft(undefined);
                setErrors([]);
              }}
            >
              Cancel edit
            </button>
          )}
        </div>
        {errors.length > 0 && (
          <ul className="run-error" role="alert">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </form>
    </section>
  );
}
