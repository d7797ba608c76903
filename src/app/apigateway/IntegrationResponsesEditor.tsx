import { useState } from 'react';
import type {
  ApiIntegrationConfig,
  IntegrationResponse,
} from '../../engine/model/configs/apigateway-integration';
import { useAppStore } from '../store';
import {
  selectionPatternError,
  statusCodeError,
  withMethodResponses,
  withTemplate,
} from './integration-config';
import { TemplateField } from './TemplateField';

const ERRORS_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html';

interface RowProps {
  edgeId: string;
  apiNodeId: string;
  index: number;
  response: IntegrationResponse;
  update(next: IntegrationResponse | undefined): void;
}

/** Renders a text input that commits only values `check` accepts and shows why others fail. */
function CheckedInput(props: {
  label: string;
  value: string;
  placeholder?: string;
  check(text: string): string | undefined;
  commit(text: string): void;
}) {
  const [draft, setDraft] = useState<string>();
  const text = draft ?? props.value;
  const error = draft === undefined ? undefined : props.check(draft);

  return (
    <label className={`field integration-response__field${error ? ' field-invalid' : ''}`}>
      <span className="field-label">{props.label}</span>
      <input
        value={text}
        placeholder={props.placeholder}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (props.check(next) === undefined) {
            setDraft(undefined);
            props.commit(next);
          } else {
            setDraft(next);
          }
        }}
      />
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

function ResponseRow({ edgeId, apiNodeId, index, response, update }: RowProps) {
  const number = index + 1;
  const template = response.ResponseTemplates?.['application/json'] ?? '';

  return (
    <li className="integration-response">
      <div className="integration-response__line">
        <CheckedInput
          label={`Status code of response ${number}`}
          value={response.StatusCode}
          check={statusCodeError}
          commit={(text) => update({ ...response, StatusCode: text })}
        />
        <CheckedInput
          label={`Selection pattern of response ${number}`}
          value={response.SelectionPattern ?? ''}
          placeholder="default"
          check={selectionPatternError}
          commit={(text) => {
            const { SelectionPattern: _removed, ...rest } = response;
            update(text === '' ? rest : { ...rest, SelectionPattern: text });
          }}
        />
        <button
          type="button"
          aria-label={`Remove integration response ${number}`}
          onClick={() => update(undefined)}
        >
          ✕
        </button>
      </div>
      <TemplateField
        edgeId={edgeId}
        apiNodeId={apiNodeId}
        slot={{ kind: 'response', index, contentType: 'application/json' }}
        statusCode={response.StatusCode}
        label={`Response template ${response.StatusCode} (application/json)`}
        value={template}
        onChange={(text) => {
          const { ResponseTemplates: _removed, ...rest } = response;
          const templates = withTemplate(response.ResponseTemplates, 'application/json', text);
          update(templates ? { ...rest, ResponseTemplates: templates } : rest);
        }}
      />
    </li>
  );
}

/**
 * Edits a custom integration's integration responses: status, selection
 * pattern and response template. A status without a method response gets one.
 */
export function IntegrationResponsesEditor(props: {
  edgeId: string;
  apiNodeId: string;
  config: ApiIntegrationConfig;
}) {
  const updateEdgeConfig = useAppStore((state) => state.updateEdgeConfig);
  const responses = props.config.IntegrationResponses;
  const save = (next: IntegrationResponse[]) =>
    updateEdgeConfig(props.edgeId, {
      IntegrationResponses: next,
      MethodResponses: withMethodResponses(next, props.config.MethodResponses),
    });
  const unused = ['400', '404', '500'].find(
    (code) => !responses.some((response) => response.StatusCode === code),
  );

  return (
    <section className="inspector-subsection" aria-label="Integration responses">
      <h4>Integration responses</h4>
      <p className="field-hint">
        Lambda always answers 200 to API Gateway, so a selection pattern is a regular expression
        matched against the whole errorMessage of a function error. A successful result has an
        empty errorMessage; the response without a pattern is the default.{' '}
        <a href={ERRORS_DOC} target="_blank" rel="noreferrer">
          Docs
        </a>
      </p>
      <ol className="integration-responses">
        {responses.map((response, index) => (
          <ResponseRow
            key={index}
            edgeId={props.edgeId}
            apiNodeId={props.apiNodeId}
            index={index}
            response={response}
            update={(next) =>
              save(
                next === undefined
                  ? responses.filter((_, at) => at !== index)
                  : responses.map((item, at) => (at === index ? next : item)),
              )
            }
          />
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          save([...responses, { StatusCode: unused ?? '400', SelectionPattern: '.+' }])
        }
      >
        Add integration response
      </button>
    </section>
  );
}
