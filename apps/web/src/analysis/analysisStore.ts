import { useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store';
import type { AnalysisRequest } from './analysis.worker';
import AnalysisWorker from './analysis.worker?worker';
import { derive, type Derivation, type LastGood, type PreviousAnalyses } from './derive';
import { decodeDerivation } from './transfer';

/**
 * The one place where the workspace text becomes engine results. It follows the store's
 * text and publishes immutable `Derivation`s; components read them with `useAnalysis()`.
 * Derived data is never written back into the store.
 *
 * The engine runs in a Web Worker: at 500 pods an analysis costs 50–150 ms, too much for
 * the main thread on every keystroke (Monaco would stutter). Requests are latest-wins:
 * while one runs, only the newest text waits. Without workers it runs here, in-line.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let current: Derivation | null = null;
let started = false;

let worker: Worker | null | undefined;
let busy = false;
let waiting: string | null = null;
/** Used only when no worker can be started. */
let lastGood: LastGood = new Map();
let previous: PreviousAnalyses = {};

function publish(derivation: Derivation): void {
  current = derivation;
  // For scripts/bench-app.mjs: when each analysis was published and what it cost.
  performance.mark('netpol:analysis', { detail: derivation.ms });
  for (const listener of listeners) listener();
}

function analyseHere(text: string): void {
  const next = derive(text, lastGood, previous);
  lastGood = next.lastGood;
  previous = next.previous;
  publish(next.derivation);
}

function startWorker(): Worker | null {
  try {
    const w = new AnalysisWorker();
    w.onmessage = (event: MessageEvent<string>) => {
      busy = false;
      const derivation = decodeDerivation(event.data);
      publish(derivation);
      const next = waiting;
      waiting = null;
      if (next !== null && next !== derivation.text) request(next);
    };
    w.onerror = (event) => {
      // The worker could not run: analyse on the main thread from now on.
      event.preventDefault();
      worker = null;
      busy = false;
      const text = waiting ?? useAppStore.getState().text;
      waiting = null;
      analyseHere(text);
    };
    return w;
  } catch {
    return null;
  }
}

function request(text: string): void {
  if (worker === undefined) worker = typeof Worker === 'undefined' ? null : startWorker();
  if (!worker) {
    analyseHere(text);
    return;
  }
  if (busy) {
    waiting = text;
    return;
  }
  busy = true;
  worker.postMessage({ text } satisfies AnalysisRequest);
}

function start(): void {
  if (started) return;
  started = true;
  request(useAppStore.getState().text);
  useAppStore.subscribe((state, previous) => {
    if (state.text === previous.text) return;
    performance.mark('netpol:text');
    request(state.text);
  });
}

function subscribe(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSnapshot(): Derivation | null {
  return current;
}

/**
 * The current analysis of the workspace: the engine's result (objects, cluster, model,
 * policies), the diagnostics of the text as typed, and which documents are broken and
 * drawn from their last good version. Null before the first analysis.
 */
export function useAnalysis(): Derivation | null {
  return useSyncExternalStore(subscribe, getSnapshot);
}
