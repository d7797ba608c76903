import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';
import { setupMonaco } from './monaco-setup';
import { registerPendingEdit } from './pending-edits';

/** Typing is written to the store after this pause, as one undo step. */
const WRITE_DELAY_MS = 300;

const DARK_QUERY = '(prefers-color-scheme: dark)';

function readCode(nodeId: string): { code: string; language: 'javascript' | 'typescript' } {
  const node = useAppStore.getState().scenario.nodes.find((item) => item.id === nodeId);
  const code = node?.config.code;
  const language = node?.config.language === 'typescript' ? 'typescript' : 'javascript';

  return { code: typeof code === 'string' ? code : '', language };
}

function themeName(): string {
  return window.matchMedia(DARK_QUERY).matches ? 'vs-dark' : 'vs';
}

// Escape belongs to Monaco while one of its widgets or modes is active.
const ESCAPE_IS_FREE =
  '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible' +
  ' && !renameInputVisible && !inSnippetMode && !editorHasMultipleSelections' +
  ' && !inlineSuggestionVisible && !referenceSearchVisible && !markersNavigationVisible';

/** Props of the Monaco editor for one function's code. */
export interface MonacoEditorProps {
  nodeId: string;
  /** Called on Escape when Monaco itself has nothing to close. */
  onEscape?: () => void;
}

/** Monaco editing one function's `config.code`; loaded lazily by CodeEditorSlot. */
export default function MonacoEditor({ nodeId, onEscape }: MonacoEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const language = useAppStore((state) => {
    const node = state.scenario.nodes.find((item) => item.id === nodeId);

    return node?.config.language === 'typescript' ? 'typescript' : 'javascript';
  });

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return;
    }
    const monaco = setupMonaco();
    const extension = language === 'typescript' ? 'ts' : 'js';
    const uri = monaco.Uri.parse(`file:///functions/${encodeURIComponent(nodeId)}/index.${extension}`);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(readCode(nodeId).code, language, uri);
    const editor = monaco.editor.create(element, {
      model,
      ariaLabel: 'Handler code',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
      theme: themeName(),
      // A plain textarea input is recognised as a text field by page-level
      // shortcut handlers and screen readers; the EditContext div is not.
      editContext: false,
    });

    // Keys typed here must not reach the canvas's document-level shortcuts
    // (Space pans, Delete removes a node). Ctrl/Cmd chords still bubble so
    // that page commands such as Ctrl+S keep working.
    const isolateKeys = (event: KeyboardEvent): void => {
      if (!event.ctrlKey && !event.metaKey) {
        event.stopPropagation();
      }
    };
    element.addEventListener('keydown', isolateKeys);
    // Monaco marks every Escape as handled, so a surrounding dialog never
    // closes on it. The command hands Escape over when no Monaco widget uses it.
    // Deferred, because closing may dispose this editor inside its own handler.
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => setTimeout(() => escape.current?.(), 0),
      ESCAPE_IS_FREE,
    );

    let timer: ReturnType<typeof setTimeout> | undefined;
    let applyingStore = false;
    const flush = (): void => {
      if (timer === undefined) {
        return;
      }
      clearTimeout(timer);
      timer = undefined;
      const value = model.getValue();
      if (value !== readCode(nodeId).code) {
        useAppStore.getState().updateNodeConfig(nodeId, { code: value });
      }
    };
    const unregister = registerPendingEdit(nodeId, flush);
    const contentListener = model.onDidChangeContent(() => {
      if (applyingStore) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    });

    // Changes from elsewhere (undo, import, a shared link) replace the text
    // as one edit, so that Monaco's own undo still works.
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.scenario === previous.scenario || timer !== undefined) {
        return;
      }
      const { code } = readCode(nodeId);
      if (code !== model.getValue()) {
        applyingStore = true;
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
        applyingStore = false;
      }
    });

    const media = window.matchMedia(DARK_QUERY);
    const onScheme = () => monaco.editor.setTheme(themeName());
    media.addEventListener('change', onScheme);

    return () => {
      flush();
      media.removeEventListener('change', onScheme);
      element.removeEventListener('keydown', isolateKeys);
      unsubscribe();
      unregister();
      contentListener.dispose();
      editor.dispose();
      model.dispose();
    };
  }, [nodeId, language]);

  return (
    <div
      ref={container}
      className="code-editor__monaco"
      role="group"
      aria-label="Handler code editor"
      style={{ height: '100%', minHeight: 240 }}
    />
  );
}
