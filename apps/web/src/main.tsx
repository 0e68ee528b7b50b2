import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './state/store';
import { startPersistence } from './state/persistenceSync';
import { registerPersistedViews } from './state/persistenceViews';
import type { EditOrigin } from './state/history';
import { armCrash } from './components/common/crashProbe';
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
      /** Makes the pane whose error boundary has this name ("The graph") fail once. */
      crashPane: (name: string) => void;
      /** Set while the Monaco editor is mounted. */
      editor?: {
        /** The 1-based cursor position. */
        cursor: () => { line: number; column: number };
        /** The editor model's text (may run ahead of the store while typing is debounced). */
        value: () => string;
        /** Every marker on the model (`owner`: 'netpol-engine' or monaco-yaml's 'yaml'). */
        markers: () => Array<{ line: number; column: number; message: string; owner: string }>;
      };
    };
  }
}

window.__netpol = {
  getText: () => {
    useAppStore.getState().flushPendingEdits();
    return useAppStore.getState().text;
  },
  setText: (text, origin = 'command') => useAppStore.getState().setText(text, origin),
  crashPane: armCrash,
};

registerPersistedViews();
const restored = await startPersistence();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, {
  // A pane's error boundary shows the failure; keep the console's error channel for the rest.
  onCaughtError: (error) => console.warn('A pane failed and was contained:', error),
}).render(
  <StrictMode>
    <App restored={restored} />
  </StrictMode>,
);
