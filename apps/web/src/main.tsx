import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './state/store';
import { startPersistence } from './state/persistenceSync';
import type { EditOrigin } from './state/history';
import './styles/global.css';

declare global {
  interface Window {
    /**
     * Test hooks for the e2e suite (and curious users in the console): read the workspace
     * text, or replace it as a typed (`'editor'`) or commanded (`'command'`) change.
     */
    __netpol?: {
      getText: () => string;
      setText: (text: string, origin?: EditOrigin) => void;
    };
  }
}

window.__netpol = {
  getText: () => {
    useAppStore.getState().flushPendingEdits();
    return useAppStore.getState().text;
  },
  setText: (text, origin = 'command') => useAppStore.getState().setText(text, origin),
};

const restored = startPersistence();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App restored={restored} />
  </StrictMode>,
);
