import { useReactFlow } from '@xyflow/react';
import { lazy, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { ConfirmDialog } from '../commands/ConfirmDialog';
import { readScenarioFile, downloadScenario } from '../commands/scenario-file';
import { shareLinkFor } from '../commands/share-link';
import { SHARE_SHORTCUT_EVENT } from '../commands/useGlobalShortcuts';
import { useGalleryStore } from '../gallery/gallery-store';
import { SamplesMenu } from '../sim/SamplesMenu';
import { SimulateButton } from '../sim/SimulateButton';
import { useAppStore } from '../store';
import { LazyPart } from './LazyPart';
import { loadFailure } from './load-failure';
import { StatusIcon } from './StatusIcon';

const EMPTY_SCENARIO: Scenario = {
  version: 1,
  name: 'Untitled scenario',
  settings: {
    region: 'us-east-1',
    accountId: '123456789012',
    seed: 1,
    sqsScalingModel: 'current',
    accountConcurrency: 1000,
  },
  nodes: [],
  edges: [],
  loads: [],
};

type Pending = { title: string; message: string; confirmLabel: string; scenario: Scenario };

const loadSharePanel = () => import('../commands/SharePanel');
const SharePanel = lazy(() =>
  loadSharePanel().then((module) => ({ default: module.SharePanel })),
);

/**
 * Builds the link to the open scenario and passes it to `show`, once the
 * encoder and the share panel have loaded.
 */
function buildShareLink(show: (link: string) => void): void {
  const { scenario } = useAppStore.getState();
  const ready = Promise.all([shareLinkFor(scenario, window.location), loadSharePanel()]);
  void ready.then(
    ([link]) => show(link),
    (error: unknown) =>
      useAppStore.getState().showToast({
        tone: 'error',
        message: loadFailure('share link encoder', error),
      }),
  );
}

function SaveStatus() {
  const status = useAppStore((state) => state.saveStatus);
  let text: string;
  if (status.state === 'saved') text = 'Saved';
  else if (status.state === 'pending') text = 'Saving…';
  else text = status.message;

  return (
    <span className={`save-status save-${status.state}`} title="Autosaved in this browser">
      {status.state === 'failed' && (
        <>
          <StatusIcon name="warning" />{' '}
        </>
      )}
      {text}
    </span>
  );
}

/** Renders the top bar: scenario name, history, share, files and the sample. */
export function TopBar() {
  const name = useAppStore((state) => state.scenario.name);
  const canUndo = useAppStore((state) => state.history.past.length > 0);
  const canRedo = useAppStore((state) => state.history.future.length > 0);
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);
  const flow = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const [shareLink, setShareLink] = useState<string>();
  const [pending, setPending] = useState<Pending>();

  useEffect(() => {
    const open = () => buildShareLink(setShareLink);
    window.addEventListener(SHARE_SHORTCUT_EVENT, open);

    return () => window.removeEventListener(SHARE_SHORTCUT_EVENT, open);
  }, []);

  const load = (scenario: Scenario) => {
    const store = useAppStore.getState();
    store.replaceScenario(scenario);
    store.setBanner(undefined);
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.3, maxZoom: 1.2 }));
  };

  const onImport = async (file: File | undefined) => {
    if (!file) {
      return;
    }
    const result = await readScenarioFile(file);
    if (result.ok) {
      load(result.value);
      useAppStore.getState().announce(`Imported ${result.value.name}.`);
    } else {
      useAppStore.getState().setBanner({ tone: 'error', message: result.error.message });
    }
  };

  const exportToSam = async () => {
    const store = useAppStore.getState();
    try {
      // Loaded on first use, so the first screen does not carry the exporter.
      const { downloadSamZip } = await import('../commands/sam-download');
      const warnings = downloadSamZip(store.scenario);
      const notes = warnings.length === 0 ? '' : ` ${warnings.length} setting(s) not carried over: see README.md.`;
      store.showToast({ tone: 'info', message: `Exported to SAM.${notes}` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.showToast({ tone: 'error', message: `SAM export failed: ${reason}` });
    }
  };

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          λ
        </span>
        <span className="brand-name">Lambda Playground</span>
      </div>
      <span className="scenario-name" title={name}>
        {name}
      </span>
      <SaveStatus />
      <div className="toolbar" role="toolbar" aria-label="Scenario">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button
          type="button"
          onClick={() =>
            setPending({
              title: 'Start an empty scenario?',
              message: 'The canvas is cleared. You can undo this with Ctrl+Z.',
              confirmLabel: 'Clear canvas',
              scenario: EMPTY_SCENARIO,
            })
          }
        >
          New
        </button>
        <button
          type="button"
          onClick={() =>
            setPending({
              title: 'Load the sample?',
              message: `The ALB → Lambda sample replaces the current scenario. You can undo this with Ctrl+Z.`,
              confirmLabel: 'Load sample',
              scenario: ALB_HELLO_SAMPLE,
            })
          }
        >
          Load sample
        </button>
        <button type="button" onClick={() => useGalleryStore.getState().setDialogOpen(true)}>
          Gallery
        </button>
        <SamplesMenu
          onPick={(scenario) =>
            setPending({
              title: 'Load the sample?',
              message: `The ${scenario.name} sample replaces the current scenario. You can undo this with Ctrl+Z.`,
              confirmLabel: 'Load sample',
              scenario,
            })
          }
        />
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Import scenario file"
          tabIndex={-1}
          onChange={(event) => {
            void onImport(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          onClick={() => downloadScenario(useAppStore.getState().scenario)}
        >
          Export
        </button>
        <button
          type="button"
          title="Download an AWS SAM application (.zip): template.yaml and the handler code"
          onClick={() => void exportToSam()}
        >
          Export to SAM
        </button>
        <SimulateButton />
        <button
          type="button"
          className="primary-button"
          title="Share (Ctrl+S)"
          onClick={() => buildShareLink(setShareLink)}
        >
          Share
        </button>
      </div>
      {shareLink && (
        <LazyPart name="share panel" fallback={null}>
          <SharePanel link={shareLink} onClose={() => setShareLink(undefined)} />
        </LazyPart>
      )}
      {pending && (
        <ConfirmDialog
          title={pending.title}
          message={pending.message}
          confirmLabel={pending.confirmLabel}
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            load(pending.scenario);
            setPending(undefined);
          }}
        />
      )}
    </header>
  );
}
