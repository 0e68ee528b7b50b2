import { useEffect } from 'react';
import { AppShell } from './components/AppShell';
import {
  FIRST_VISIT_EXAMPLE,
  loadCatalog,
  loadExampleText,
} from './components/examples/examplesCatalog';
import { useAppStore } from './state/store';

/**
 * On a first visit (nothing saved), opens the seed walkthrough so the screen is never
 * empty, with a short hint of what to do.
 */
async function openFirstVisitExample(): Promise<void> {
  const entry = (await loadCatalog()).find((e) => e.id === FIRST_VISIT_EXAMPLE);
  if (!entry) return;
  const text = await loadExampleText(entry);
  const state = useAppStore.getState();
  if (state.text !== '') return; // The user was quicker (pasted or dropped something).
  state.restoreWorkspace(text, false);
  state.setHint('Seed walkthrough: drag from pod to pod to allow a denied flow.');
}

export function App({ restored }: { readonly restored: boolean }) {
  useEffect(() => {
    if (restored) return;
    openFirstVisitExample().catch((error: Error) =>
      useAppStore.getState().notify({
        tone: 'error',
        text: `The first example could not be opened: ${error.message}`,
      }),
    );
  }, [restored]);
  return <AppShell />;
}
