import { lazy, useMemo, useState } from 'react';
import {
  NODE_CONFIG_SCHEMAS,
  NODE_TYPE_INFO,
  nodeFields,
  type ScenarioNode,
} from '../../engine/model';
import { ServiceIcon } from '../canvas/icons';
import { displayName } from '../canvas/node-summary';
import { LazyPart } from '../components/LazyPart';
import { CodeSection } from '../editor/CodeSection';
import { useAppStore } from '../store';
import { ConfigForm } from './ConfigForm';
import { SamTemplateSection } from './SamTemplateSection';

// The database browser loads the first time a database is inspected.
const DatabaseSection = lazy(() =>
  import('../database/DatabaseSection').then((module) => ({ default: module.DatabaseSection })),
);

function RenameField({ node }: { node: ScenarioNode }) {
  const [text, setText] = useState(node.id);
  const [error, setError] = useState<string>();
  const renameNode = useAppStore((state) => state.renameNode);

  const apply = () => {
    const next = text.trim();
    if (next === node.id) {
      setError(undefined);
      return;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(next)) {
      setError('Use letters, digits, hyphens or underscores.');
      return;
    }
    if (!renameNode(node.id, next)) {
      setError(`Another node already has the id "${next}"; choose another.`);
      return;
    }
    setError(undefined);
  };

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor="node-id-input">
        Node id
      </label>
      <input
        id="node-id-input"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby="node-id-hint"
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            apply();
          }
        }}
      />
      {error && <p className="field-error">{error}</p>}
      <p className="field-hint" id="node-id-hint">
        Names the node in the scenario file and in edges; press Enter to rename.
      </p>
    </div>
  );
}

/** The inspector for one service: its settings and, for a function, its code. */
export function NodeInspector({ node }: { node: ScenarioNode }) {
  const setField = useAppStore((state) => state.setNodeConfigField);
  const removeSelection = useAppStore((state) => state.removeSelection);
  const info = NODE_TYPE_INFO[node.type];
  const fields = useMemo(
    () =>
      nodeFields(node.type).filter(
        // The database section edits seedSql in a multi-line box.
        (field) => field.kind !== 'code' && !(node.type === 'rds' && field.path[0] === 'seedSql'),
      ),
    [node.type],
  );

  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <ServiceIcon type={node.type} size={28} />
        <div>
          <h2>{displayName(node)}</h2>
          <p className="muted">{info.label}</p>
        </div>
      </header>
      <RenameField key={node.id} node={node} />
      {node.type === 'lambda' && <CodeSection nodeId={node.id} name={displayName(node)} />}
      <section className="inspector-section" aria-label="Configuration">
        <h3>Configuration</h3>
        <ConfigForm
          key={node.id}
          fields={fields}
          config={node.config}
          schema={NODE_CONFIG_SCHEMAS[node.type]}
          commit={(path, value) => setField(node.id, path, value)}
        />
      </section>
      <SamTemplateSection id={node.id} />
      {node.type === 'rds' && (
        <LazyPart name="database browser">
          <DatabaseSection
            key={node.id}
            nodeId={node.id}
            seedSql={typeof node.config.seedSql === 'string' ? node.config.seedSql : ''}
          />
        </LazyPart>
      )}
      <button type="button" className="danger-button" onClick={removeSelection}>
        Delete {info.label.toLowerCase()}
      </button>
    </div>
  );
}
