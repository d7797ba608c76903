import type { ClientResponse } from '../../engine/run/types';
import type { RunRecord } from '../store/run-slice';
import { useAppStore } from '../store';
import { CompareButton } from '../apigateway/CompareButton';
import { CodeBlock } from './CodeBlock';
import { LambdaSummary } from './LambdaSummary';
import { prettyJson, statusLook } from './status';

function responseText(response: ClientResponse): string {
  const head = [
    `HTTP/1.1 ${response.statusCode} ${response.statusText}`.trimEnd(),
    ...response.headers.map(([name, value]) => `${name}: ${value}`),
  ];
  const body = response.bodyIsBase64
    ? `[binary body, base64]\n${response.body}`
    : prettyJson(response.body);

  return `${head.join('\n')}\n\n${body}`;
}

function functionName(nodeId: string): string {
  const node = useAppStore.getState().scenario.nodes.find((item) => item.id === nodeId);
  const name = (node?.config as { FunctionName?: string } | undefined)?.FunctionName;

  return name ?? nodeId;
}

/** Shows the selected run: response, error reason, and each invocation's event and summary. */
export function RunDetail({ run }: { run: RunRecord }) {
  if (run.error !== undefined || !run.result) {
    return (
      <div className="run-detail">
        <p role="alert" className="run-error">
          <span aria-hidden="true">✕ </span>
          {run.error ?? 'The request produced no result.'}
        </p>
      </div>
    );
  }
  const { response, errorReason, invocations, message } = run.result;
  const look = statusLook(response.statusCode, response.statusText);
  // An API request that reached a route can be replayed through both integration types.
  const apiEdgeId = run.result.trace.find((span) => span.label.startsWith('Method request:'))?.edgeId;

  return (
    <div className="run-detail">
      <h3 className={`run-status run-status--${look.tone}`}>
        <span aria-hidden="true">{look.icon} </span>
        {look.text}
      </h3>
      {errorReason && (
        <p className="run-error" role="note">
          {look.text} — {errorReason}
        </p>
      )}
      {message && <p className="run-message">{message}</p>}
      {apiEdgeId && <CompareButton edgeId={apiEdgeId} />}
      <h4>Response</h4>
      <CodeBlock label="response" text={responseText(response)} />
      {invocations.length === 0 && (
        <p className="run-muted">No function was invoked for this request.</p>
      )}
      {invocations.map((record) => (
        <section key={record.requestId} className="run-invocation">
          <h4>
            Function {functionName(record.functionNodeId)}
          </h4>
          {record.outcome !== 'success' && (
            <>
              <h5>Invoke result</h5>
              <CodeBlock label="invoke result" text={JSON.stringify(record.payload, null, 2)} />
            </>
          )}
          <LambdaSummary record={record} />
          <h5>Event</h5>
          <CodeBlock label="event" text={JSON.stringify(record.event, null, 2)} />
        </section>
      ))}
    </div>
  );
}
