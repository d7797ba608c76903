import { BottomPanel } from './components/BottomPanel';
import { Canvas } from './components/Canvas';
import { Inspector } from './components/Inspector';
import { Palette } from './components/Palette';
import { TopBar } from './components/TopBar';

/** The page layout: top bar, palette, canvas, inspector and bottom panel. */
export function App() {
  return (
    <div className="app">
      <TopBar />
      <div className="workspace">
        <Palette />
        <main className="canvas-area" aria-label="Canvas">
          <Canvas />
        </main>
        <Inspector />
      </div>
      <BottomPanel />
    </div>
  );
}
