import { useEffect, useState } from 'react';
import type { Dagre } from './layout';

let loaded: Dagre | null = null;
let loading: Promise<Dagre | null> | null = null;

/** Loads the layout engine once, in its own chunk (about 17 kB gzip), off the initial bundle. */
function load(): Promise<Dagre | null> {
  loading ??= import('@dagrejs/dagre')
    .then((m) => (loaded = (m.default ?? m) as Dagre))
    .catch(() => null);
  return loading;
}

/**
 * The layout engine once `ready`; `dagre` stays null if it could not load (the graph then
 * falls back to a grid rather than showing nothing).
 */
export function useLayoutEngine(): { dagre: Dagre | null; ready: boolean } {
  const [state, setState] = useState<{ dagre: Dagre | null; ready: boolean }>({ dagre: loaded, ready: loaded !== null });
  useEffect(() => {
    if (state.ready) return;
    let live = true;
    void load().then((dagre) => live && setState({ dagre, ready: true }));
    return () => {
      live = false;
    };
  }, [state.ready]);
  return state;
}
