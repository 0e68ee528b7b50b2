import * as engine from '@netpol/engine';
import type { LoadedObject } from '@netpol/engine';

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

type Serialize = (objects: readonly LoadedObject[]) => string;

/** The engine's serializer, once it is there (null until then: export is then unavailable). */
function serializer(): Serialize | null {
  const candidate = (engine as unknown as Record<string, unknown>)['serializeObjects'];
  return typeof candidate === 'function' ? (candidate as Serialize) : null;
}

/**
 * The workspace's objects (all of them, or only the NetworkPolicies) as one multi-document
 * YAML file in kubectl's field order. Documents that do not parse are left out (the
 * diagnostics list says which). Returns null when the engine has no serializer.
 */
export function exportManifests(workspace: string, scope: ExportScope): ExportResult | null {
  const serialize = serializer();
  if (!serialize) return null;
  const { objects } = engine.loadText(workspace, { file: 'workspace.yaml' });
  const chosen = scope === 'all' ? objects : objects.filter((o) => o.kind === 'NetworkPolicy');
  return { text: serialize(chosen), count: chosen.length };
}
