import { ReactFlowProvider } from '@xyflow/react';
import { LiveRegion } from './canvas/Toasts';
import { useGlobalShortcuts } from './commands/useGlobalShortcuts';
import { BottomPanel } from './components/BottomPanel';
import { Canvas } from './components/Canvas';
import { Inspector } from './components/Inspector';
import { Palette } from './components/Palette';
import { TopBar } from './components/TopBar';
import { GalleryHost } from './gallery/GalleryHost';
import { SharePreview } from './persistence/SharePreview';
import { useAppStore } from './store';
import { StatusIcon } from './components/StatusIcon';

function Banner() {
  const banner = useAppStore((state) => state.banner);
  const setBanner = useAppStore((state) => state.setBanner);
  if (!banner) {
    return null;
  }

  return (
    <div
      className={`banner banner-${banner.tone}`}
      role={banner.tone === 'error' ? 'alert' : 'status'}
    >
      <StatusIcon name={banner.tone === 'error' ? 'error' : 'info'} />
      <span className="banner-message">{banner.message}</span>
      {banner.tone === 'error' && (
        <button
          type="button"
          onClick={() => void navigator.clipboard?.writeText(banner.message)}
        >
          Copy details
        </button>
      )}
      <button type="button" aria-label="Dismiss message" onClick={() => setBanner(undefined)}>
        ×
      </button>
    </div>
  );
}

/** Renders the page layout: top bar, palette, canvas, inspector and bottom panel. */
export function App() {
  useGlobalShortcuts();

  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <Banner />
        <GalleryHost />
        <SharePreview />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Canvas">
            <Canvas />
          </main>
          <Inspector />
        </div>
        <BottomPanel />
        <LiveRegion />
      </div>
    </ReactFlowProvider>
  );
}
