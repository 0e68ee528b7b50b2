import { useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store';
import { derive, type Derivation, type LastGood } from './derive';

/**
 * The one place where the workspace text becomes engine results. It follows the store's
 * text, debounced, and publishes immutable `Derivation`s; components read them with
 * `useAnalysis()`. Derived data is never written back into the store.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let current: Derivation | null = null;
let lastGood: LastGood = new Map();
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

/** Short enough to feel live; long enough to coalesce fast typing when the engine is slow. */
function debounceMs(): number {
  if (!current) return 0;
  return current.ms > 60 ? 120 : 25;
}

function run(text: string): void {
  timer = undefined;
  if (current && current.text === text) return;
  const next = derive(text, lastGood);
  lastGood = next.lastGood;
  current = next.derivation;
  // For scripts/bench-app.mjs: when each analysis was published and what it cost.
  performance.mark('netpol:analysis', { detail: current.ms });
  for (const listener of listeners) listener();
}

function schedule(text: string): void {
  if (timer !== undefined) clearTimeout(timer);
  const delay = debounceMs();
  if (delay === 0) run(text);
  else timer = setTimeout(() => run(text), delay);
}

function start(): void {
  if (started) return;
  started = true;
  schedule(useAppStore.getState().text);
  useAppStore.subscribe((state, previous) => {
    if (state.text !== previous.text) schedule(state.text);
  });
}

function subscribe(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSnapshot(): Derivation | null {
  start();
  return current;
}

/** Runs the pending analysis now (tests and commands that need fresh results). */
export function flushAnalysis(): Derivation | null {
  start();
  const text = useAppStore.getState().text;
  if (timer !== undefined) clearTimeout(timer);
  run(text);
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
