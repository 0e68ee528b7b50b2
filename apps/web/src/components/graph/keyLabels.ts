import type { Labels } from '@netpol/engine';

/** Labels that only identify a rollout or a pod: not worth the space on a node. */
const NOISE = new Set(['pod-template-hash', 'controller-revision-hash', 'pod-template-generation']);

/** The first `max` meaningful labels of a pod as `key=value`, role-like keys first. */
export function keyLabels(labels: Labels, max: number): string[] {
  // Role-like labels say what a pod does and are what policies usually select on.
  const rank = (key: string) => (['role', 'type', 'tier', 'component'].includes(key) ? 0 : key === 'app' ? 1 : 2);
  return Object.entries(labels)
    .filter(([key]) => !NOISE.has(key))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .slice(0, max)
    .map(([key, value]) => `${key}=${value}`);
}
