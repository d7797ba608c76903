import { lazy, useMemo } from 'react';
import {
  checkConnection,
  EDGE_CONFIG_SCHEMAS,
  edgeFields,
  findNode,
  NODE_TYPE_INFO,
  type Scenario,
  type ScenarioEdge,
} from '../../engine/model';
import { API_EDITOR_FIELDS } from '../apigateway/integration-config';
import { LazyPart } from '../components/LazyPart';
import { RuleTools, ruleFieldExtras } from '../eventbridge/RuleTools';
import { useAppStore } from '../store';
import { ConfigForm } from './ConfigForm';
import { SamTemplateSection } from './SamTemplateSection';

// The integration editor and its template tools load when first shown.
const ApiIntegrationEditor = lazy(() =>
  import('../apigateway/ApiIntegrationEditor').then((module) => ({
    default: module.ApiIntegrationEditor,
  })),
);

const MULTI_VALUE_KEY = 'lambda.multi_value_headers.enabled';

type Attribute = { Key: string; Value: string };

function attributesOf(edge: ScenarioEdge): Attribute[] {
  const value = edge.config.TargetGroupAttributes;

  return Array.isArray(value) ? (value as Attribute[]) : [];
}

/** Renders a switch for the target group's multi-value headers attribute. */
function MultiValueToggle({ edge }: { edge: ScenarioEdge }) {
  const setField = useAppStore((state) => state.setEdgeConfigField);
  const attributes = attributesOf(edge);
  const enabled = attributes.some(
    (attribute) => attribute.Key === MULTI_VALUE_KEY && attribute.Value === 'true',
  );

  const toggle = (checked: boolean) => {
    const others = attributes.filter((attribute) => attribute.Key !== MULTI_VALUE_KEY);
    const next = checked ? [...others, { Key: MULTI_VALUE_KEY, Value: 'true' }] : others;
    setField(edge.id, ['TargetGroupAttributes'], next.length > 0 ? next : undefined);
  };

  return (
    <div className="field field-boolean">
      <label className="field-label" htmlFor="multi-value-toggle">
        Multi-value headers
      </label>
      <input
        id="multi-value-toggle"
        type="checkbox"
        checked={enabled}
        onChange={(event) => toggle(event.target.checked)}
        aria-describedby="multi-value-hint"
      />
      <p className="field-hint" id="multi-value-hint">
        Default: off. When on, the event carries multiValueHeaders and
        multiValueQueryStringParameters instead of headers and
        queryStringParameters. Sets the target group attribute {MULTI_VALUE_KEY}.{' '}
        <a
          href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers"
          target="_blank"
          rel="noreferrer"
        >
          Docs
        </a>
      </p>
    </div>
  );
}

/** Renders the inspector for one connection: what it creates on AWS and its settings. */
export function EdgeInspector({ edge, scenario }: { edge: ScenarioEdge; scenario: Scenario }) {
  const setField = useAppStore((state) => state.setEdgeConfigField);
  const removeSelection = useAppStore((state) => state.removeSelection);
  const source = findNode(scenario, edge.source);
  const target = findNode(scenario, edge.target);
  const check = source && target ? checkConnection(source.type, target.type) : undefined;
  const kind = check?.ok ? check.kind : undefined;
  // The API integration editor shows its own fields; the form shows the rest.
  const fields = useMemo(
    () =>
      kind
        ? edgeFields(kind).filter(
            (field) => kind !== 'api-integration' || !API_EDITOR_FIELDS.has(field.path[0] ?? ''),
          )
        : [],
    [kind],
  );
  if (!source || !target || !check) {
    return <p className="muted">This connection points at a missing node.</p>;
  }

  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <div>
          <h2>
            {NODE_TYPE_INFO[source.type].label} → {NODE_TYPE_INFO[target.type].label}
          </h2>
          <p className="muted">
            {edge.source} → {edge.target}
          </p>
        </div>
      </header>
      {check.ok ? (
        <p className="inspector-creates">On AWS this edge is {check.creates}.</p>
      ) : (
        <p className="field-error" role="alert">
          {check.reason}
        </p>
      )}
      {check.ok && check.kind === 'alb-target' && <MultiValueToggle edge={edge} />}
      {check.ok && check.kind === 'api-integration' && (
        <LazyPart name="API integration editor">
          <ApiIntegrationEditor edge={edge} scenario={scenario} />
        </LazyPart>
      )}
      {check.ok && fields.length > 0 && (
        <section className="inspector-section" aria-label="Configuration">
          <h3>Configuration</h3>
          <ConfigForm
            key={edge.id}
            fields={fields}
            config={edge.config}
            schema={EDGE_CONFIG_SCHEMAS[check.kind]}
            commit={(path, value) => setField(edge.id, path, value)}
            after={check.kind === 'eventbridge-rule' ? ruleFieldExtras(edge) : undefined}
          />
        </section>
      )}
      {check.ok && check.kind === 'eventbridge-rule' && (
        <RuleTools edge={edge} scenario={scenario} />
      )}
      {check.ok && fields.length === 0 && (
        <p className="muted">This connection has no settings yet.</p>
      )}
      <SamTemplateSection id={edge.id} />
      <button type="button" className="danger-button" onClick={removeSelection}>
        Delete connection
      </button>
    </div>
  );
}
