/**
 * The view state saved with the workspace besides its text: the YAML pane's layout and the
 * graph's node positions and filters. Each value is read back defensively (saved data may
 * come from an older version of the app or be edited by hand).
 */
import { PROTOCOLS, type Protocol } from '@netpol/engine';
import { useAppStore } from './store';
import { registerPersistedView } from './persistenceSync';
import { readBaseline } from './compareSlice';
import { readAddedNetworks } from './addedNetworks';

const isXY = (v: unknown): v is { x: number; y: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as { x?: unknown }).x) &&
  Number.isFinite((v as { y?: unknown }).y);

/** Registers every persisted view value; call once before `startPersistence`. */
export function registerPersistedViews(): void {
  const set = useAppStore.setState;
  registerPersistedView(
    'layout.yamlWidth',
    (s) => s.yamlWidth,
    (v) => {
      if (typeof v === 'number' && v >= 200 && v <= 4000) set({ yamlWidth: v });
    },
  );
  registerPersistedView(
    'layout.yamlCollapsed',
    (s) => s.yamlCollapsed,
    (v) => {
      if (typeof v === 'boolean') set({ yamlCollapsed: v });
    },
  );
  registerPersistedView(
    'graph.positions',
    (s) => s.positions,
    (v) => {
      if (typeof v !== 'object' || v === null) return;
      const positions = Object.fromEntries(Object.entries(v).filter(([, p]) => isXY(p)));
      set({ positions });
    },
  );
  registerPersistedView(
    'graph.addedNetworks',
    (s) => s.addedNetworks,
    (v) => set({ addedNetworks: readAddedNetworks(v) }),
  );
  registerPersistedView(
    'graph.portFilter',
    (s) => s.portFilter,
    (v) => {
      if (typeof v === 'string' && v.length < 64) set({ portFilter: v });
    },
  );
  registerPersistedView(
    'graph.protocolFilter',
    (s) => s.protocolFilter,
    (v) => {
      if (PROTOCOLS.includes(v as Protocol)) set({ protocolFilter: v as Protocol });
    },
  );
  registerPersistedView(
    'compare.baseline',
    (s) => s.baseline,
    (v) => set({ baseline: readBaseline(v) }),
  );
  registerPersistedView(
    'expect.text',
    (s) => s.expectationsText,
    (v) => {
      if (typeof v === 'string' && v.length < 1_000_000)
        useAppStore.getState().restoreExpectations(v);
    },
  );
}
