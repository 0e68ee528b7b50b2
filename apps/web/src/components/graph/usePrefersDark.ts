import { useSyncExternalStore } from 'react';

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

function subscribe(listener: () => void): () => void {
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** Whether the system asks for dark colours, live (the CSS follows the same media query). */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => query?.matches ?? false);
}
