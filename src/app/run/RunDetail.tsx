import { lazy } from 'react';
import type { RunRecord } from '../store/run-slice';
import { useAppStore } from '../store';
import { CompareButton } from '../apigateway/CompareButton';
import { LazyPart } from '../components/LazyPart';
import { StatusIcon } from '../components/StatusIcon';
import { CodeBlock } from './CodeBlock';
import { LambdaSummary } from './LambdaSummary';
import { formattedBody, payloadText, rawResponseText } from './response-text';
import { responseLook } from './status';
import { asyncChainMs } from './run-duration';
import { formatDuration } from '../eventbridge/format-duration';

// Shown only for asynchronous deliveries, so it appears once loaded, with no
// loading notice in every other run.
const AsyncRunSummary = lazy(() =>
  import('../eventbridge/AsyncRunSummary').then((module) => ({
    default: module.AsyncRunSummary,
  })),
);

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
          <StatusIcon name="cross" /> {run.error ?? 'The request produced no result.'}
        </p>
      </div>
    );
  }
  const { response, errorReason, invocations, message } = run.result;
  const look = responseLook(response);
  const formatted = formattedBody(response);
  const chainMs = asyncChainMs(run.result);
  // An API request that reached a route can be replayed through both integration types.
  const apiEdgeId = run.result.trace.find((span) => span.label.startsWith('Method request:'))?.edgeId;

  return (
    <div className="run-detail">
      <h3 className={`run-status run-status--${look.tone}`}>
        <StatusIcon name={look.iconName} /> {look.text}
      </h3>
      {errorReason && (
        <p className="run-error" role="note">
          {look.text} — {errorReason}
        </p>
      )}
      {message && <p className="run-message">{message}</p>}
      {chainMs !== undefined && (
        <p className="run-muted">
          PutEvents returned at once; asynchronous deliveries over {formatDuration(chainMs)} of
          virtual time.
        </p>
      )}
      {apiEdgeId && <CompareButton edgeId={apiEdgeId} />}
      <h4>Response</h4>
      <CodeBlock label="response" text={rawResponseText(response)} />
      {formatted !== undefined && (
        <details className="run-formatted">
          <summary>Body as formatted JSON</summary>
          <CodeBlock label="formatted body" text={formatted} />
        </details>
      )}
      <LazyPart name="delivery summary" fallback={null}>
        <AsyncRunSummary result={run.result} />
      </LazyPart>
      {invocations.length === 0 && (
        <p className="run-muted">No function was invoked for this request.</p>
      )}
      {invocations.map((record) => (
        <section key={record.requestId} className="run-invocation">
          <h4>
            Function {functionName(record.functionNodeId)}
          </h4>
          {/* Shown for every outcome, since a malformed response is a success to
              Lambda; left out only when the response body is that value. */}
          {response.body !== JSON.stringify(record.payload) && (
            <>
              <h5>{record.outcome === 'success' ? 'Returned value' : 'Invoke result'}</h5>
              <CodeBlock
                label={record.outcome === 'success' ? 'returned value' : 'invoke result'}
                text={payloadText(record.payload)}
              />
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
