import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('The page has no #root element to mount the app in.');
}
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
