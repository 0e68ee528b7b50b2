// The matrix's inverted-index pod sets must select exactly what selectorMatches and
// peerMatches select, for every selector shape (NotIn/DoesNotExist on missing keys included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSelector } from '../src/compile/selector';
import { peerMatches } from '../src/evaluate';
import { createPolicyModel } from '../src/evaluate';
import { PodSets } from '../src/matrix/podSets';
import { hasBit } from '../src/matrix/bitset';
import type { PodEndpoint } from '../src/model/cluster';
import type { CompiledPeer } from '../src/model/compiled';
import { labels, selector } from './properties.arbitraries';

function podsWith(labelSets: Record<string, string>[], hostNetwork: boolean[]): PodEndpoint[] {
  return labelSets.map((l, i) => ({
    id: `ns${i % 2}/p${i}`,
    namespace: `ns${i % 2}`,
    name: `p${i}`,
    labels: l,
    ips: [],
    ports: [],
    hostNetwork: hostNetwork[i] ?? false,
    origin: { kind: 'Pod', name: `p${i}` },
    source: { kind: 'Pod', namespace: `ns${i % 2}`, name: `p${i}`, file: '', documentIndex: i },
  }));
}

describe('PodSets', () => {
  it('selects the same pods as peerMatches for podSelector / namespaceSelector peers', () => {
    fc.assert(
      fc.property(
        fc.array(labels, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        fc.tuple(labels, labels),
        selector,
        fc.option(selector, { nil: undefined }),
        (podLabels, hostNetwork, [ns0, ns1], podSelector, namespaceSelector) => {
          const pods = podsWith(podLabels, hostNetwork);
          const model = createPolicyModel(
            {
              namespaces: [
                {
                  name: 'ns0',
                  labels: { ...ns0, 'kubernetes.io/metadata.name': 'ns0' },
                  implied: false,
                },
                {
                  name: 'ns1',
                  labels: { ...ns1, 'kubernetes.io/metadata.name': 'ns1' },
                  implied: false,
                },
              ],
              pods,
            },
            [],
          );
          const compiledPods = compileSelector(podSelector);
          const compiledNs =
            namespaceSelector === undefined ? undefined : compileSelector(namespaceSelector);
          const peer: CompiledPeer = {
            kind: 'pods',
            namespaces:
              compiledNs === undefined
                ? { kind: 'exact', namespace: 'ns0' }
                : compiledNs.kind === 'selector'
                  ? { kind: 'selector', selector: compiledNs.selector }
                  : compiledNs,
            pods: compiledPods,
            index: 0,
            origin: { path: 'spec.ingress[0].from[0]' },
          };
          const bits = new PodSets(model).peer(peer);
          pods.forEach((pod, i) => {
            const facts = { pod, namespaceLabels: model.namespaceLabels[pod.namespace], ips: [] };
            expect(hasBit(bits, i), pod.id).toBe(peerMatches(peer, facts));
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
