import { useState } from 'react';
import type { TraceSpan } from '../../engine/run/types';
import { useAppStore } from '../store';
import { CodeBlock } from './CodeBlock';
import { formatDuration } from '../eventbridge/format-duration';
import { traceAxis, type TraceAxis } from '../eventbridge/trace-axis';
import { StatusIcon } from '../components/StatusIcon';

function depthOf(span: TraceSpan, byId: Map<string, TraceSpan>): number {
  let depth = 0;
  let parent = span.parentId ? byId.get(span.parentId) : undefined;
  while (parent && depth < 20) {
    depth += 1;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }

  return depth;
}

function SpanRow(props: { span: TraceSpan; depth: number; axis: TraceAxis }) {
  const { span, depth, axis } = props;
  const select = useAppStore((state) => state.select);
  const [open, setOpen] = useState(false);
  const left = axis.position(span.startMs);
  const width = Math.max(axis.position(span.endMs) - left, 0.5);
  const folded = axis.isFolded(span);
  const toggle = () => {
    setOpen(!open);
    if (span.nodeId) {
      select({ nodeId: span.nodeId });
    } else if (span.edgeId) {
      select({ edgeId: span.edgeId });
    }
  };

  return (
    <li className={`trace-span trace-span--${span.status}`}>
      <button type="button" className="trace-span__row" aria-expanded={open} onClick={toggle}>
        <span className="trace-span__label" style={{ paddingLeft: `${depth}em` }}>
          <StatusIcon name={span.status === 'ok' ? 'ok' : 'cross'} /> {span.label}
          <span className="visually-hidden">{span.status === 'ok' ? ', ok' : ', error'}</span>
        </span>
        <span className="trace-span__track" aria-hidden="true">
          <span
            className={`trace-span__bar${folded ? ' trace-span__bar--folded' : ''}`}
            style={{ left: `${left}%`, width: `${width}%` }}
          />
        </span>
        <span className="trace-span__time">
          {formatDuration(span.endMs - span.startMs)}
        </span>
      </button>
      {open && (
        <div className="trace-span__body">
          {span.detail && <p>{span.detail}</p>}
          <p className="run-muted">
            {formatDuration(span.startMs)} → {formatDuration(span.endMs)}
          </p>
          {span.payload !== undefined && (
            <CodeBlock label={`payload of ${span.label}`} text={JSON.stringify(span.payload, null, 2)} />
          )}
        </div>
      )}
    </li>
  );
}

/** Draws the selected request's hops as a waterfall; a click opens a hop and selects its node. */
export function TraceTab() {
  const run = useAppStore((state) => state.runs.find((item) => item.id === state.selectedRunId));
  const trace = run?.result?.trace ?? [];
  if (trace.length === 0) {
    return (
      <p className="run-empty">
        No trace yet. Send a request from the Request tab to see each hop it took.
      </p>
    );
  }
  const start = Math.min(...trace.map((span) => span.startMs));
  const end = Math.max(...trace.map((span) => span.endMs));
  const total = Math.max(end - start, 0.001);
  const byId = new Map(trace.map((span) => [span.id, span]));
  const axis = traceAxis(trace);

  return (
    <div className="run-trace">
      <p className="run-muted">
        Total {formatDuration(total)}
        {axis.foldCount > 0 && ' · waits of 1 s or more are drawn shortened (striped)'}
      </p>
      <ol className="trace" aria-label="Trace">
        {trace.map((span) => (
          <SpanRow key={span.id} span={span} depth={depthOf(span, byId)} axis={axis} />
        ))}
      </ol>
    </div>
  );
}
