import type { PolicyInForce } from './derive';
import type { ClusterView } from './graphData';
import { policyId } from './policyFocus';

/** What a search hit selects: a pod, a namespace or a policy. */
export type SearchHit =
  | { readonly kind: 'pod'; readonly id: string }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'policy'; readonly id: string };

const labelText = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`);

/**
 * The matches of a search over the picture, best first: pods by name, id or a label
 * (`app=web`, or just `web`), then namespaces by name, then policies by name. Case does
 * not matter; an exact name beats a part of one.
 */
export function searchGraph(view: ClusterView, policies: readonly PolicyInForce[], query: string): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  const score = (texts: readonly string[]): number => {
    let best = 0;
    for (const t of texts.map((x) => x.toLowerCase())) best = Math.max(best, t === q ? 3 : t.startsWith(q) ? 2 : t.includes(q) ? 1 : 0);
    return best;
  };
  const push = (hit: SearchHit, s: number, rank: number) => s > 0 && scored.push({ hit, score: s * 10 - rank, order: scored.length });
  for (const pod of view.pods) push({ kind: 'pod', id: pod.id }, Math.max(score([pod.name, pod.id]), score(labelText(pod.labels)) && 1), 0);
  for (const ns of view.namespaces) push({ kind: 'namespace', name: ns.name }, score([ns.name]), 1);
  for (const p of policies) push({ kind: 'policy', id: policyId(p.ref) }, score([p.ref.name, policyId(p.ref)]), 2);
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.hit);
}
