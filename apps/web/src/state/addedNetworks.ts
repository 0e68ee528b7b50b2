import { externalNetworkId, INTERNET_NODE_ID } from '../analysis/graphData';

/** At most this many added networks are read back (a hand-edited save may hold anything). */
const MAX_ADDED = 100;

/**
 * The saved `graph.addedNetworks` read back: only ids the one CIDR parser reads back to
 * themselves (`internet`, `cidr:<valid cidr>`), each once.
 */
export function readAddedNetworks(saved: unknown): string[] {
  if (!Array.isArray(saved)) return [];
  const valid = saved.filter(
    (id): id is string =>
      typeof id === 'string' &&
      externalNetworkId(id === INTERNET_NODE_ID ? 'Internet' : id.startsWith('cidr:') ? id.slice(5) : '') === id,
  );
  return [...new Set(valid)].slice(0, MAX_ADDED);
}
