// Every probe of every upstream ClusterNetworkPolicy conformance case in fixtures/cnp
// (translated from kubernetes-sigs/network-policy-api, see fixtures/cnp/README.md) through
// `evaluateFlow`. The CLI test runs the same probes through `netpol matrix`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, evaluateFlow } from '../src';
import type { Protocol } from '../src';

const CASES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/cnp');

interface Probe {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: Protocol;
  readonly allowed: boolean;
}

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function load(name: string) {
  const read = (file: string) => readFileSync(join(CASES, name, file), 'utf8');
  const expectations = JSON.parse(read('expect.json')) as { probes: Probe[] };
  const analysis = analyze([
    { file: 'cluster.yaml', text: read('cluster.yaml') },
    { file: 'policies.yaml', text: read('policies.yaml') },
  ]);
  return { analysis, probes: expectations.probes };
}

describe('ClusterNetworkPolicy conformance cases', () => {
  it('has the whole sample', () => {
    expect(cases.length).toBe(29);
  });

  it.each(cases)('%s', (name) => {
    const { analysis, probes } = load(name);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.clusterPolicies?.length).toBeGreaterThan(0);
    for (const probe of probes) {
      const verdict = evaluateFlow(analysis.model, {
        from: { kind: 'pod', id: probe.from },
        to: { kind: 'pod', id: probe.to },
        port: probe.port,
        protocol: probe.protocol,
      });
      expect(
        { ...probe, allowed: verdict.allowed },
        JSON.stringify([verdict.egress.tiers, verdict.ingress.tiers]),
      ).toEqual(probe);
    }
  });
});
