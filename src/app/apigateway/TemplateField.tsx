import { lazy, useMemo, useRef } from 'react';
import { LazyMonaco } from '../editor/LazyMonaco';
import { useAppStore } from '../store';
import {
  runTemplateProblem,
  templateDiagnostics,
  templateField,
  type TemplateProblem,
  type TemplateSlot,
} from './template-problems';

// Monaco and the template engine load the first time a template is shown.
const TemplateEditor = lazy(() => import('./TemplateEditor'));

/** Props of one mapping template field of an API integration edge. */
export interface TemplateFieldProps {
  edgeId: string;
  /** The API node, whose last request may have failed in this template. */
  apiNodeId: string;
  slot: TemplateSlot;
  /** Status of the integration response a response template belongs to. */
  statusCode?: string;
  label: string;
  value: string;
  onChange(text: string): void;
}

/** Remembers the last run's template failure while the text is still what was sent. */
function useRunProblem(props: TemplateFieldProps): TemplateProblem | undefined {
  const run = useAppStore((state) => state.runs.find((item) => item.entryNodeId === props.apiNodeId));
  const sentText = useRef<{ runId: number; text: string }>(undefined);
  if (run && sentText.current?.runId !== run.id) {
    sentText.current = { runId: run.id, text: props.value };
  }
  if (!run || sentText.current?.text !== props.value) {
    return undefined;
  }

  return runTemplateProblem(run.result, props.edgeId, props.slot.kind, props.statusCode);
}

/**
 * Edits a mapping template in Monaco with Velocity highlighting. Syntax
 * errors from validation and failures from the last request show below the
 * editor and as markers at their line.
 */
export function TemplateField(props: TemplateFieldProps) {
  const diagnostics = useAppStore((state) => state.diagnostics);
  const validation = useMemo(
    () => templateDiagnostics(diagnostics, props.edgeId, props.slot),
    [diagnostics, props.edgeId, props.slot],
  );
  const runProblem = useRunProblem(props);
  const problems = useMemo(
    () => (runProblem ? [runProblem] : []),
    // A new object with the same content must not re-mark the editor.
    [runProblem?.message, runProblem?.line],
  );
  const messages = [
    ...validation.map((item) => item.message),
    ...(runProblem
      ? [`The last request failed in this template${runProblem.line === undefined ? '' : ` on line ${runProblem.line}`}: ${runProblem.message}`]
      : []),
  ];
  const modelKey = `${props.edgeId}/${templateField(props.slot)}`;
  const fallback = (
    <textarea
      className="template-editor__textarea"
      aria-label={props.label}
      spellCheck={false}
      rows={6}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );

  return (
    <div className={`field template-field${messages.length > 0 ? ' field-invalid' : ''}`}>
      <span className="field-label">{props.label}</span>
      <div className="template-editor">
        <LazyMonaco editorName="template editor" fallback={fallback}>
          <TemplateEditor
            key={modelKey}
            modelKey={modelKey}
            label={props.label}
            value={props.value}
            onChange={props.onChange}
            problems={problems}
          />
        </LazyMonaco>
      </div>
      {messages.map((message) => (
        <p className="field-error" role="alert" key={message}>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ))}
    </div>
  );
}
