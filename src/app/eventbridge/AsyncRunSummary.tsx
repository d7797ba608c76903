import type { AsyncDelivery } from '../../engine/lambda/async/deliveries';
import type { RunResult } from '../../engine/run/types';
import { CodeBlock } from '../run/CodeBlock';
import { useAppStore } from '../store';
import { formatDuration } from './format-duration';
import { summarizeAsyncRun, type AsyncTargetRun, type AttemptRow } from './run-summary';
import './eventbridge.css';

const DELIVERY_TITLES: Record<AsyncDelivery['kind'], string> = {
  'on-success': 'On-success destination',
  'on-failure': 'On-failure destination',
  'dead-letter': 'Function dead-letter queue',
  'rule-dead-letter': 'Rule dead-letter queue',
};

function useFunctionName(nodeId: string): string {
  return useAppStore((state) => {
    const node = state.scenario.nodes.find((item) => item.id === nodeId);
    const name = (node?.config as { FunctionName?: unknown } | undefined)?.FunctionName;

    return typeof name === 'string' && name !== '' ? name : nodeId;
  });
}

function attemptText(attempt: AttemptRow): string {
  const parts = [
    `Attempt ${attempt.number}`,
    attempt.outcome,
    attempt.atMs === 0 ? 'at the start' : `at +${formatDuration(attempt.atMs)}`,
    `ran ${formatDuration(attempt.durationMs)}`,
  ];
  if (attempt.waitBeforeMs !== undefined) {
    parts.splice(2, 0, `after a ${formatDuration(attempt.waitBeforeMs)} retry delay`);
  }

  return parts.join(' · ');
}

function TargetAttempts({ target }: { target: AsyncTargetRun }) {
  const name = useFunctionName(target.functionNodeId);

  return (
    <section className="eb-run__target" aria-label={`Asynchronous invocation of ${name}`}>
      <h5>
        {name} <span className="run-muted">{target.parentLabel}</span>
      </h5>
      <ol className="eb-run__attempts" aria-label={`Attempts of ${name}`}>
        {target.attempts.map((attempt) => (
          <li key={attempt.spanId} className={attempt.failed ? 'eb-run__failed' : 'eb-run__ok'}>
            <span aria-hidden="true">{attempt.failed ? '✕ ' : '✓ '}</span>
            {attemptText(attempt)}
          </li>
        ))}
      </ol>
      {target.discarded && (
        <p className="run-error">
          <span aria-hidden="true">✕ </span>
          Lambda discarded the event: {target.discarded}
        </p>
      )}
    </section>
  );
}

function deliveryText(delivery: AsyncDelivery): string {
  return JSON.stringify(delivery.record ?? delivery.event ?? delivery.message, null, 2);
}

function DeliveryItem({ delivery }: { delivery: AsyncDelivery }) {
  const title = DELIVERY_TITLES[delivery.kind];
  const condition = delivery.record?.requestContext.condition;

  return (
    <li>
      <p>
        {title} <strong>{delivery.target.ref}</strong>
        {condition ? ` ← record, condition ${condition}` : ' ← message'} at +{formatDuration(delivery.atMs)}
      </p>
      <CodeBlock label={`${title} ${delivery.target.ref}`} text={deliveryText(delivery)} />
    </li>
  );
}

/**
 * Shows what a Run did asynchronously: the rules an event matched, each
 * function's attempts with the virtual waits between them, and the records
 * sent to destinations and dead-letter queues. Renders nothing for a Run
 * without any of these.
 */
export function AsyncRunSummary({ result }: { result: RunResult }) {
  const summary = summarizeAsyncRun(result);
  const ruleRun = summary.matchedRules.length > 0 || summary.noMatch !== undefined;
  if (!ruleRun && summary.targets.length === 0 && summary.deliveries.length === 0) {
    return null;
  }

  return (
    <section className="eb-run" aria-label="Asynchronous delivery">
      {ruleRun && <h4>Rules matched</h4>}
      {summary.noMatch && <p className="run-muted">{summary.noMatch}</p>}
      {summary.matchedRules.length > 0 && (
        <ul aria-label="Rules matched">
          {summary.matchedRules.map((rule) => (
            <li key={rule.spanId}>
              {rule.label}
              {rule.deliveryErrors.map((error, index) => (
                <p key={index} className="run-error">
                  {error}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {summary.targets.length > 0 && <h4>Asynchronous invocations</h4>}
      {summary.targets.map((target, index) => (
        <TargetAttempts key={index} target={target} />
      ))}
      {summary.deliveries.length > 0 && (
        <>
          <h4>Destinations and dead-letter queues</h4>
          <ul className="eb-run__deliveries" aria-label="Destinations and dead-letter queues">
            {summary.deliveries.map((delivery, index) => (
              <DeliveryItem key={index} delivery={delivery} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
