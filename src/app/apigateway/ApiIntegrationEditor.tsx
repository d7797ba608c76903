import { useState } from 'react';
import type { Scenario, ScenarioEdge } from '../../engine/model';
import { API_METHODS } from '../../engine/model/configs/apigateway-integration';
import { useAppStore } from '../store';
import { CompareButton } from './CompareButton';
import { integrationConfig, resourcePathError, withTemplate } from './integration-config';
import { IntegrationResponsesEditor } from './IntegrationResponsesEditor';
import { TemplateField } from './TemplateField';
import './apigateway.css';

const CUSTOM_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-custom-integrations.html';
const JSON_TYPE = 'application/json';

function ResourcePathInput({ edge, value }: { edge: ScenarioEdge; value: string }) {
  const setField = useAppStore((state) => state.setEdgeConfigField);
  const [draft, setDraft] = useState<string>();
  const error = draft === undefined ? undefined : resourcePathError(draft);

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={`resource-path-${edge.id}`}>
        Resource path
      </label>
      <input
        id={`resource-path-${edge.id}`}
        value={draft ?? value}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const text = event.target.value;
          if (resourcePathError(text) === undefined) {
            setDraft(undefined);
            setField(edge.id, ['ResourcePath'], text === '/{proxy+}' ? undefined : text);
          } else {
            setDraft(text);
          }
        }}
      />
      {error && <p className="field-error">{error}</p>}
      <p className="field-hint">
        {'{name}'} matches one segment and sets pathParameters.name; a final {'{name+}'} matches
        the rest of the path.
      </p>
    </div>
  );
}

/**
 * Edits an API Gateway→Lambda edge: the route, the integration type, and for
 * a custom integration its mapping templates and integration responses.
 */
export function ApiIntegrationEditor({ edge, scenario }: { edge: ScenarioEdge; scenario: Scenario }) {
  const setField = useAppStore((state) => state.setEdgeConfigField);
  const config = integrationConfig(edge.config);
  const api = scenario.nodes.find((node) => node.id === edge.source);
  const isHttp = api?.config.ProtocolType === 'HTTP';
  const custom = config.IntegrationType === 'AWS';
  const requestTypes = Object.keys(config.RequestTemplates);
  const templateTypes = requestTypes.includes(JSON_TYPE) ? requestTypes : [JSON_TYPE, ...requestTypes];

  return (
    <section className="inspector-section api-integration" aria-label="Integration">
      <h3>Route and integration</h3>
      <div className="api-integration__route">
        <div className="field">
          <label className="field-label" htmlFor={`method-${edge.id}`}>
            Method
          </label>
          <select
            id={`method-${edge.id}`}
            value={config.HttpMethod}
            onChange={(event) =>
              setField(edge.id, ['HttpMethod'], event.target.value === 'ANY' ? undefined : event.target.value)
            }
          >
            {API_METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </div>
        <ResourcePathInput edge={edge} value={config.ResourcePath} />
      </div>
      <fieldset className="field api-integration__type">
        <legend className="field-label">Integration type</legend>
        <label>
          <input
            type="radio"
            name={`integration-type-${edge.id}`}
            checked={!custom}
            onChange={() => setField(edge.id, ['IntegrationType'], undefined)}
          />{' '}
          Proxy (AWS_PROXY)
        </label>
        <label>
          <input
            type="radio"
            name={`integration-type-${edge.id}`}
            checked={custom}
            disabled={isHttp && !custom}
            onChange={() => setField(edge.id, ['IntegrationType'], 'AWS')}
          />{' '}
          Custom (AWS)
        </label>
        <p className="field-hint">
          {isHttp
            ? 'HTTP APIs support only Lambda proxy integrations.'
            : 'Proxy sends the whole request as the event and takes the HTTP response from the function. Custom sends what the request template renders and maps the result through integration responses.'}{' '}
          <a href={CUSTOM_DOC} target="_blank" rel="noreferrer">
            Docs
          </a>
        </p>
      </fieldset>
      {custom && (
        <>
          {templateTypes.map((contentType) => (
            <TemplateField
              key={contentType}
              edgeId={edge.id}
              apiNodeId={edge.source}
              slot={{ kind: 'request', contentType }}
              label={`Request template (${contentType})`}
              value={config.RequestTemplates[contentType] ?? ''}
              onChange={(text) =>
                setField(edge.id, ['RequestTemplates'], withTemplate(config.RequestTemplates, contentType, text))
              }
            />
          ))}
          <p className="field-hint">
            When no template matches the request's Content-Type, PassthroughBehavior decides:
            WHEN_NO_MATCH (the default) sends the body unchanged as the event, WHEN_NO_TEMPLATES
            does so only while there are no templates at all, and otherwise the request gets 415.
            A request without Content-Type uses the application/json template.
          </p>
          <IntegrationResponsesEditor edgeId={edge.id} apiNodeId={edge.source} config={config} />
        </>
      )}
      <CompareButton edgeId={edge.id} />
    </section>
  );
}
