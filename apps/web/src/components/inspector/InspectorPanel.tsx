import type { ReactNode } from 'react';

/** The inspector: selection, explanation, matrix and (from the workspace) diagnostics. */
export function InspectorPanel(_props: { diagnostics?: ReactNode }) {
  return <aside aria-label="Inspector" />;
}
