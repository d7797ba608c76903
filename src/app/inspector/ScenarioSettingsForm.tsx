import { useId } from 'react';
import {
  DEFAULT_SETTINGS,
  describeFields,
  settingsSchema,
  type FieldDescriptor,
  type ScenarioSettings,
} from '../../engine/model';
import { useAppStore } from '../store';
import { setAtPath } from '../store/scenario-ops';
import { ConfigForm } from './ConfigForm';

const BASIC_FIELDS: FieldDescriptor[] = [
  {
    path: ['region'],
    title: 'Region',
    kind: 'string',
    default: 'us-east-1',
    description: 'Appears in ARNs, hostnames and events.',
    required: false,
  },
  {
    path: ['accountId'],
    title: 'Account id',
    kind: 'string',
    default: '123456789012',
    description: 'The 12-digit AWS account that owns the resources.',
    required: false,
  },
  {
    path: ['seed'],
    title: 'Random seed',
    kind: 'integer',
    default: 1,
    minimum: 0,
    description: 'Makes generated request ids and timings repeatable.',
    required: false,
  },
];

// The schema carries titles for the simulator settings; the basic three get
// theirs here.
const SETTINGS_FIELDS: FieldDescriptor[] = [
  ...BASIC_FIELDS,
  ...describeFields(settingsSchema).filter(
    (field) => !BASIC_FIELDS.some((basic) => basic.path[0] === field.path[0]),
  ),
];

const DEFAULTS: ScenarioSettings = DEFAULT_SETTINGS;

/** Scenario-wide settings, shown when nothing on the canvas is selected. */
export function ScenarioSettingsForm() {
  const scenario = useAppStore((state) => state.scenario);
  const updateMeta = useAppStore((state) => state.updateScenarioMeta);
  const nameId = useId();
  const descriptionId = useId();

  const commit = (path: string[], value: unknown) => {
    const key = path[0] as keyof ScenarioSettings;
    // Settings are required in the scenario, so an empty field stores the default.
    const stored = value === undefined ? DEFAULTS[key] : value;
    const settings = setAtPath(scenario.settings, path, stored) as ScenarioSettings;
    updateMeta({ settings }, `settings.${key}`);
  };

  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <div>
          <h2>Scenario</h2>
          <p className="muted">
            Select a service or a connection on the canvas to edit it.
          </p>
        </div>
      </header>
      <div className="field">
        <label className="field-label" htmlFor={nameId}>
          Name
        </label>
        <input
          id={nameId}
          value={scenario.name}
          onChange={(event) => updateMeta({ name: event.target.value }, 'name')}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={descriptionId}>
          Description
        </label>
        <textarea
          id={descriptionId}
          rows={3}
          value={scenario.description ?? ''}
          onChange={(event) =>
            updateMeta(
              { description: event.target.value === '' ? undefined : event.target.value },
              'description',
            )
          }
        />
      </div>
      <ConfigForm
        fields={SETTINGS_FIELDS}
        config={scenario.settings}
        schema={settingsSchema}
        commit={commit}
      />
    </div>
  );
}
