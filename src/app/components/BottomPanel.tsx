import { lazy, useRef, type KeyboardEvent } from 'react';
import { FailureBanner } from '../run/FailureBanner';
import { LogsTab } from '../run/LogsTab';
import { ProblemsTab } from '../run/ProblemsTab';
import { RequestTab } from '../run/RequestTab';
import { TraceTab } from '../run/TraceTab';
import { useSendShortcut } from '../run/use-send-shortcut';
import { useValidation } from '../run/use-validation';
import { useAppStore } from '../store';
import type { BottomTab } from '../store/run-slice';
import { LazyPart } from './LazyPart';
import { usePanelResize } from './PanelResizer';
import '../run/run.css';

// The charts and simulation controls load the first time the tab opens.
const ChartsTab = lazy(() =>
  import('../sim/ChartsTab').then((module) => ({ default: module.ChartsTab })),
);

const TABS: { id: BottomTab; label: string }[] = [
  { id: 'request', label: 'Request' },
  { id: 'logs', label: 'Logs' },
  { id: 'trace', label: 'Trace' },
  { id: 'charts', label: 'Charts' },
  { id: 'problems', label: 'Problems' },
];

function TabPanel({ tab }: { tab: BottomTab }) {
  switch (tab) {
    case 'request':
      return <RequestTab />;
    case 'logs':
      return <LogsTab />;
    case 'trace':
      return <TraceTab />;
    case 'charts':
      return (
        <LazyPart name="simulation charts">
          <ChartsTab />
        </LazyPart>
      );
    case 'problems':
      return <ProblemsTab />;
  }
}

/** Renders the bottom panel: send requests and read results, logs, traces and problems. */
export function BottomPanel() {
  const tab = useAppStore((state) => state.bottomTab);
  const setBottomTab = useAppStore((state) => state.setBottomTab);
  const problemCount = useAppStore((state) => state.diagnostics.length);
  const tabRefs = useRef<Partial<Record<BottomTab, HTMLButtonElement | null>>>({});
  const resize = usePanelResize('Resize run panel');
  useValidation();
  useSendShortcut();

  // Arrow keys move between tabs, as the ARIA tabs pattern describes.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((item) => item.id === tab);
    let step: number;
    if (event.key === 'ArrowRight') {
      step = 1;
    } else if (event.key === 'ArrowLeft') {
      step = -1;
    } else {
      return;
    }
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next) {
      setBottomTab(next.id);
      tabRefs.current[next.id]?.focus();
    }
  };

  return (
    <section
      className="bottom-panel"
      aria-label="Run panel"
      style={resize.height === undefined ? undefined : { height: resize.height }}
    >
      {resize.handle}
      <FailureBanner />
      <div className="bottom-panel__tabs" role="tablist" aria-label="Run panel tabs" onKeyDown={onKeyDown}>
        {TABS.map((item) => (
          <button
            key={item.id}
            ref={(element) => {
              tabRefs.current[item.id] = element;
            }}
            type="button"
            role="tab"
            id={`bottom-tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`bottom-panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setBottomTab(item.id)}
          >
            {item.label}
            {item.id === 'problems' && problemCount > 0 && (
              <span className="bottom-panel__badge"> {problemCount}</span>
            )}
          </button>
        ))}
      </div>
      <div
        className="bottom-panel__body"
        role="tabpanel"
        id={`bottom-panel-${tab}`}
        aria-labelledby={`bottom-tab-${tab}`}
      >
        <TabPanel tab={tab} />
      </div>
    </section>
  );
}
