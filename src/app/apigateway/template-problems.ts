import type { RunResult } from '../../engine/run/types';
import type { Diagnostic } from '../../engine/validate/diagnostic';

/** A mapping template failure, with the template line when known. */
export interface TemplateProblem {
  message: string;
  line?: number;
}

/** Location of a template on an API integration edge. */
export type TemplateSlot =
  | { kind: 'request'; contentType: string }
  | { kind: 'response'; index: number; contentType: string };

/** Returns the config field path validation uses for a template slot. */
export function templateField(slot: TemplateSlot): string {
  return slot.kind === 'request'
    ? `RequestTemplates.${slot.contentType}`
    : `IntegrationResponses.${slot.index}.ResponseTemplates.${slot.contentType}`;
}

/** Returns the validation diagnostics about one template of one edge. */
export function templateDiagnostics(
  diagnostics: readonly Diagnostic[],
  edgeId: string,
  slot: TemplateSlot,
): Diagnostic[] {
  const field = templateField(slot);

  return diagnostics.filter((item) => item.edgeId === edgeId && item.field === field);
}

function isFailure(payload: unknown): payload is { ok: false; message: string; line?: number } {
  const value = payload as { ok?: unknown; message?: unknown } | null | undefined;

  return value?.ok === false && typeof value.message === 'string';
}

/**
 * Returns the template failure a run recorded on an edge: the trace span of
 * the request template, or of the response template when the integration
 * response with `statusCode` was selected.
 */
export function runTemplateProblem(
  result: RunResult | undefined,
  edgeId: string,
  kind: TemplateSlot['kind'],
  statusCode?: string,
): TemplateProblem | undefined {
  const spans = result?.trace.filter((item) => item.edgeId === edgeId) ?? [];
  if (kind === 'response' && !spans.some((item) => item.label.startsWith(`Integration response ${statusCode ?? ''} `))) {
    return undefined;
  }
  const prefix = kind === 'request' ? 'Request template' : 'Response template';
  const span = spans.find((item) => item.label.startsWith(prefix) && item.status === 'error');
  if (!span || !isFailure(span.payload)) {
    return undefined;
  }
  const { message, line } = span.payload;

  return line === undefined ? { message } : { message, line };
}

/** A Monaco marker without its severity, which the editor adds. */
export interface TemplateMarker {
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * Turns problems into editor markers spanning their whole line; a problem
 * without a line, or past the end of the text, marks the last line.
 */
export function templateMarkers(
  problems: readonly TemplateProblem[],
  lineCount: number,
  lineEnd: (line: number) => number,
): TemplateMarker[] {
  return problems.map((problem) => {
    const line = Math.min(Math.max(problem.line ?? lineCount, 1), lineCount);

    return {
      message: problem.message,
      startLineNumber: line,
      startColumn: 1,
      endLineNumber: line,
      endColumn: Math.max(lineEnd(line), 2),
    };
  });
}
