import { parseNodeId, type ClusterView } from '../../analysis/graphData';
import { endpointFromText, endpointText, INTERNET_ID, type EndpointId } from './allowIntent';

export interface EndpointOption {
  readonly id: EndpointId;
  /** What the picker shows and matches: `ns/name`, `ns`, a CIDR, `Internet`. */
  readonly text: string;
  /** A word on what it is: pod, namespace, addresses. */
  readonly kind: string;
}

/** Options a picker lists at most: beyond that the user types more. */
const MAX_OPTIONS = 40;

/**
 * The endpoints a picker offers for `query`: Internet, namespaces (sources only: a namespace
 * is not a destination), pods, the CIDRs the workspace names, and the typed CIDR itself.
 * Prefix matches come before other matches, then the order above.
 */
export function endpointOptions(
  view: ClusterView,
  side: 'from' | 'to',
  query: string,
): EndpointOption[] {
  const all: EndpointOption[] = [
    { id: INTERNET_ID, text: 'Internet', kind: 'public addresses' },
    ...(side === 'from'
      ? view.namespaces.map((ns) => ({ id: `ns:${ns.name}`, text: ns.name, kind: 'namespace' }))
      : []),
    ...view.pods.map((pod) => ({
      id: pod.id,
      text: pod.id,
      kind: pod.kind === 'Pod' ? 'pod' : pod.kind,
    })),
    // The Internet node the user added is the Internet entry above, not another 0.0.0.0/0.
    ...view.cidrs.filter((c) => c.id !== INTERNET_ID).map((c) => ({ id: c.id, text: c.cidr, kind: 'addresses' })),
  ];
  const q = query.trim().toLowerCase();
  const typed = endpointFromText(view, query);
  const extra: EndpointOption[] =
    typed && parseNodeId(typed).kind === 'cidr' && !all.some((o) => o.id === typed)
      ? [{ id: typed, text: endpointText(typed), kind: 'addresses' }]
      : [];
  const matching = [...extra, ...all].filter((o) => q === '' || o.text.toLowerCase().includes(q));
  const rank = (o: EndpointOption) =>
    o.text.toLowerCase() === q ? 0 : o.text.toLowerCase().startsWith(q) ? 1 : 2;
  return matching
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i)
    .slice(0, MAX_OPTIONS)
    .map(({ o }) => o);
}
