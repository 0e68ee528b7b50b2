import { loadText, serializeObjects } from '@netpol/engine';

export type ExportScope = 'all' | 'policies';

export interface ExportResult {
  /** Multi-document YAML, as the engine's serializer writes it. */
  readonly text: string;
  /** How many objects it holds. */
  readonly count: number;
}

/** File names of the downloads. */
export const EXPORT_FILE_NAMES: Record<ExportScope, string> = {
  all: 'netpol-canvas.yaml',
  policies: 'networkpolicies.yaml',
};

/**
 * The workspace's objects (all of them, or only the NetworkPolicies) as one multi-document
 * YAML file in kubectl's field order, ready for `kubectl apply -f`. Items of a `kind: List`
 * are written as documents of their own. Documents that do not parse are left out (the
 * diagnostics list says which).
 */
export function exportManifests(workspace: string, scope: ExportScope): ExportResult {
  const { objects } = loadText(workspace, { file: 'workspace.yaml' });
  const chosen = scope === 'all' ? objects : objects.filter((o) => o.kind === 'NetworkPolicy');
  return { text: serializeObjects(chosen.map((o) => o.object)), count: chosen.length };
}
