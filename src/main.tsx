import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startSession } from './app/persistence/start';
import { installTestHook } from './app/test-hook';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('The page has no #root element to mount the app in.');
}
installTestHook();
// The session opens before the first render, so the restored scenario is
// drawn at once. Only an address with a fragment, such as a share link,
// makes it wait for the link decoder to load.
void startSession().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
