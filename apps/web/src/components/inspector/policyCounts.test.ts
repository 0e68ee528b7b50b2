import { describe, expect, it } from 'vitest';
import { STALE_FILE } from '../../analysis/derive';
import { inForceText, policyCounts } from './policyCounts';

const at = (file: string) => ({ ref: { file } });

describe('policyCounts', () => {
  it('counts cluster policies apart from NetworkPolicies, stale copies of either kind apart', () => {
    const counts = policyCounts(
      [at('a.yaml'), at('a.yaml'), at(STALE_FILE)],
      [at('b.yaml'), at(STALE_FILE), at(STALE_FILE)],
    );
    expect(counts).toEqual({ networkPolicies: 2, clusterPolicies: 1, stale: 3 });
  });
});

describe('inForceText', () => {
  it('names both kinds once a cluster policy is in force', () => {
    expect(inForceText({ networkPolicies: 2, clusterPolicies: 1, stale: 0 })).toBe(
      '2 NetworkPolicies and 1 ClusterNetworkPolicy in force',
    );
    expect(inForceText({ networkPolicies: 1, clusterPolicies: 3, stale: 0 })).toBe(
      '1 NetworkPolicy and 3 ClusterNetworkPolicies in force',
    );
    expect(inForceText({ networkPolicies: 0, clusterPolicies: 1, stale: 0 })).toBe(
      '0 NetworkPolicies and 1 ClusterNetworkPolicy in force',
    );
  });

  it('keeps the short form without cluster policies', () => {
    expect(inForceText({ networkPolicies: 1, clusterPolicies: 0, stale: 2 })).toBe(
      '1 policy in force',
    );
    expect(inForceText({ networkPolicies: 0, clusterPolicies: 0, stale: 0 })).toBe(
      '0 policies in force',
    );
  });
});
