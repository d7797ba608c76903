import type { RunResult } from '../../engine/run/types';
import { Dialog } from '../components/Dialog';
import { CodeBlock } from '../run/CodeBlock';
import { statusLook } from '../run/status';
import { compareSteps, type CompareStep } from './compare';
import type { Comparison } from './run-compare';
import './apigateway.css';

const COLUMNS = [
  { key: 'proxy', title: 'Proxy integration (AWS_PROXY)', short: 'Proxy' },
  { key: 'custom', title: 'Custom integration (AWS)', short: 'Custom' },
] as const;

const STATE_ICON: Record<CompareStep['state'], string> = {
  ok: '✓',
  error: '✕',
  skipped: '–',
  missing: '…',
};

function StepCell({ step, column }: { step: CompareStep; column: string }) {
  const label = `${column}: ${step.title}`;

  return (
    <td className={`compare-cell compare-cell--${step.state}`}>
      {step.label && (
        <p className="compare-cell__label">
          <span aria-hidden="true">{STATE_ICON[step.state]} </span>
          {step.label}
        </p>
      )}
      {step.state === 'skipped' || step.state === 'missing' ? (
        <p className="run-muted" aria-label={label}>
          {step.text}
        </p>
      ) : (
        <CodeBlock label={label} text={step.text ?? ''} />
      )}
      {step.detail && <p className="run-muted">{step.detail}</p>}
    </td>
  );
}

function ColumnStatus({ outcome }: { outcome: RunResult | { error: string } }) {
  if ('error' in outcome) {
    return <p className="run-error">{outcome.error}</p>;
  }
  const look = statusLook(outcome.response.statusCode, outcome.response.statusText);

  return (
    <p className={`run-status run-status--${look.tone}`}>
      <span aria-hidden="true">{look.icon} </span>
      {look.text}
      {outcome.errorReason ? ` — ${outcome.errorReason}` : ''}
    </p>
  );
}

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const steps = COLUMNS.map(({ key }) => {
    const outcome = comparison[key];
    return 'error' in outcome ? undefined : compareSteps(outcome, key === 'custom');
  });
  const rows = steps[0] ?? steps[1] ?? [];

  return (
    <table className="compare-table">
      <caption className="visually-hidden">Each stage of {comparison.label} through both integrations</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          {COLUMNS.map((column) => (
            <th scope="col" key={column.key}>
              {column.title}
              <ColumnStatus outcome={comparison[column.key]} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            <th scope="row">{row.title}</th>
            {COLUMNS.map((column, at) => {
              const step = steps[at]?.[index];
              return step ? (
                <StepCell key={column.key} step={step} column={column.short} />
              ) : (
                <td key={column.key} />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Props of the side-by-side view of one request through both integration types. */
export interface CompareDialogProps {
  /** Undefined while the two requests run. */
  comparison?: Comparison;
  onClose(): void;
}

/** Shows each stage of one request through a proxy and a custom integration, in a modal. */
export function CompareDialog({ comparison, onClose }: CompareDialogProps) {
  return (
    <Dialog
      open
      title="Proxy and custom side by side"
      className="compare-dialog"
      closeLabel="Close"
      onClose={onClose}
    >
      {comparison ? (
        <>
          <p>
            Sent <code>{comparison.label}</code> through a temporary copy of the scenario with this
            integration switched; the scenario itself is unchanged.
          </p>
          {comparison.note && <p className="run-muted">{comparison.note}</p>}
          <ComparisonTable comparison={comparison} />
        </>
      ) : (
        <p role="status">Sending the request through both integrations…</p>
      )}
    </Dialog>
  );
}
