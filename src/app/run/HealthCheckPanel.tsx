import { useState } from 'react';
import type { HealthCheckRun, TargetHealth } from '../../engine/alb';
import { errorMessage } from '../../worker/errors';
import { useAppStore } from '../store';
import { engineClient } from './engine-client';
import { runTimeoutMs } from './send';
import { StatusIcon } from '../components/StatusIcon';

function healthText(health: TargetHealth): string {
  return health.reason ? `${health.state} (${health.reason})` : health.state;
}

function HealthCheckResults({ run, targetName }: { run: HealthCheckRun; targetName: string }) {
  return (
    <>
      <ol className="health-checks__steps" aria-label={`Health checks of ${targetName}`}>
        {run.checks.map((check, index) => (
          <li key={check.requestId}>
            <StatusIcon name={check.success ? 'ok' : 'cross'} /> Check {index + 1} at {check.atSeconds} s: {check.success ? 'passed' : 'failed'}
            {check.statusCode !== undefined && ` with ${check.statusCode}`}
            {check.failureReason && ` (${check.failureReason})`} → {healthText(check.health)}
          </li>
        ))}
      </ol>
      <p>
        Target health: <strong>{healthText(run.health)}</strong>
        {run.health.description && <span className="run-muted"> — {run.health.description}</span>}
      </p>
      {run.failOpen && (
        <p className="run-muted">
          Every target is unhealthy, so the load balancer fails open and still sends requests to the function.
        </p>
      )}
    </>
  );
}

function HealthCheckRow({ edgeId, targetName }: { edgeId: string; targetName: string }) {
  const outcome = useAppStore((state) => state.healthChecks[edgeId]);
  const setHealthChecks = useAppStore((state) => state.setHealthChecks);
  const [count, setCount] = useState(5);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const { scenario } = useAppStore.getState();
    setBusy(true);
    try {
      const timeoutMs = runTimeoutMs(scenario) * count;
      const run = await engineClient().healthCheck(scenario, edgeId, count, scenario.settings.seed, {
        timeoutMs,
      });
      setHealthChecks(edgeId, { run });
    } catch (error) {
      setHealthChecks(edgeId, { error: `The health checks could not run: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="health-checks__target">
      <div className="composer__line">
        <label className="composer__field">
          Checks
          <input
            type="number"
            min={1}
            max={20}
            value={count}
            onChange={(event) => setCount(Math.min(20, Math.max(1, Number(event.target.value) || 1)))}
          />
        </label>
        <button type="button" disabled={busy} onClick={() => void start()}>
          Run health checks
        </button>
        <span className="run-muted">target group {targetName}</span>
      </div>
      {outcome?.error && <p className="run-error" role="alert">{outcome.error}</p>}
      {outcome?.run && <HealthCheckResults run={outcome.run} targetName={targetName} />}
    </div>
  );
}

/** Health checks of the ALB's target groups that have them enabled. */
export function HealthCheckPanel({ albNodeId }: { albNodeId: string }) {
  const edges = useAppStore((state) => state.scenario.edges);
  const checked = edges.filter(
    (edge) => edge.source === albNodeId && edge.config.HealthCheckEnabled === true,
  );
  if (checked.length === 0) {
    return null;
  }

  return (
    <section className="health-checks" aria-label="Health checks">
      <h4>Health checks</h4>
      {checked.map((edge) => (
        <HealthCheckRow
          key={edge.id}
          edgeId={edge.id}
          targetName={typeof edge.config.Name === 'string' ? edge.config.Name : edge.id}
        />
      ))}
    </section>
  );
}
