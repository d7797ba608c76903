import { useEffect, useRef } from 'react';
import { renderTemplate } from '../../engine/apigateway/vtl/render';
import { setupMonaco } from '../editor/monaco-setup';
import { registerPendingEdit } from '../editor/pending-edits';
import { templateMarkers, type TemplateProblem } from './template-problems';
import { registerVelocity, VELOCITY_LANGUAGE } from './velocity-language';

/** Typing is written to the store after this pause, as one undo step. */
const WRITE_DELAY_MS = 300;
const MARKER_OWNER = 'mapping-template';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Props of the Monaco editor for one mapping template. */
export interface TemplateEditorProps {
  /** Unique per template, for example `edge-1/request/application/json`. */
  modelKey: string;
  /** Accessible name of the text area. */
  label: string;
  value: string;
  onChange(text: string): void;
  /** Problems found outside the editor, such as a render failure in the last run. */
  problems: TemplateProblem[];
}

function parseProblem(text: string): TemplateProblem[] {
  const result = renderTemplate(text, {});
  if (result.ok || result.phase !== 'parse') {
    return [];
  }

  return [{ message: result.message, ...(result.line === undefined ? {} : { line: result.line }) }];
}

/** Monaco editing one VTL mapping template; loaded lazily by TemplateField. */
export default function TemplateEditor(props: TemplateEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const api = useRef<{ sync(value: string, problems: TemplateProblem[]): void }>(undefined);

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return;
    }
    const monaco = setupMonaco();
    registerVelocity(monaco);
    const uri = monaco.Uri.parse(`inmemory://templates/${encodeURIComponent(props.modelKey)}.vtl`);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(latest.current.value, VELOCITY_LANGUAGE, uri);
    const editor = monaco.editor.create(element, {
      model,
      ariaLabel: latest.current.label,
      automaticLayout: true,
      minimap: { enabled: false },
      lineNumbersMinChars: 3,
      fontSize: 12,
      scrollBeyondLastLine: false,
      tabSize: 2,
      wordWrap: 'on',
      theme: window.matchMedia(DARK_QUERY).matches ? 'vs-dark' : 'vs',
      editContext: false,
    });
    const showMarkers = (): void => {
      const problems = [...parseProblem(model.getValue()), ...latest.current.problems];
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        templateMarkers(problems, model.getLineCount(), (line) => model.getLineMaxColumn(line)).map(
          (marker) => ({ ...marker, severity: monaco.MarkerSeverity.Error }),
        ),
      );
    };
    showMarkers();

    // Keys typed here must not reach the canvas's shortcuts (Delete removes a node).
    const isolateKeys = (event: KeyboardEvent): void => {
      if (!event.ctrlKey && !event.metaKey) {
        event.stopPropagation();
      }
    };
    element.addEventListener('keydown', isolateKeys);

    let timer: ReturnType<typeof setTimeout> | undefined;
    let applying = false;
    const flush = (): void => {
      if (timer === undefined) {
        return;
      }
      clearTimeout(timer);
      timer = undefined;
      if (model.getValue() !== latest.current.value) {
        latest.current.onChange(model.getValue());
      }
    };
    const unregister = registerPendingEdit(`template:${props.modelKey}`, flush);
    const contentListener = model.onDidChangeContent(() => {
      showMarkers();
      if (applying) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    });
    api.current = {
      // Undo, a shared link or another field replaced the text: apply it as one edit.
      sync(value) {
        if (timer === undefined && value !== model.getValue()) {
          applying = true;
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
          applying = false;
        }
        showMarkers();
      },
    };

    return () => {
      flush();
      api.current = undefined;
      element.removeEventListener('keydown', isolateKeys);
      unregister();
      contentListener.dispose();
      editor.dispose();
      model.dispose();
    };
  }, [props.modelKey]);

  useEffect(() => {
    api.current?.sync(props.value, props.problems);
  }, [props.value, props.problems]);

  return (
    <div
      ref={container}
      className="template-editor__monaco"
      role="group"
      aria-label={`${props.label} editor`}
    />
  );
}
