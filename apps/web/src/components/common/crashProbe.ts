/**
 * A way for the e2e suite to prove that a failing pane stays contained: `armCrash(name)`
 * makes the next render of the error boundary named `name` throw once (exposed as
 * `window.__netpol.crashPane`). Nothing in the app calls it.
 */
import { useEffect, useState } from 'react';

const armed = new Set<string>();
const listeners = new Set<() => void>();

export function armCrash(name: string): void {
  armed.add(name);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Renders nothing; throws once when its boundary was armed. */
export function CrashProbe({ name }: { readonly name: string }) {
  const [crash, setCrash] = useState(false);
  useEffect(
    () =>
      subscribe(() => {
        if (armed.delete(name)) setCrash(true);
      }),
    [name],
  );
  if (crash) throw new Error(`${name} was made to fail (test)`);
  return null;
}
