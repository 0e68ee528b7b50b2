// Property test: the group-wise reachability diff equals the cell-wise difference of two
// full matrices computed pair by pair (allowedPorts / evaluateFlow), on random workspaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReachability, formatPortDifference, subtractPorts } from '../src/diff';
import { allowedPorts, evaluateFlow } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import type { Protocol } from '../src/model/k8s';
import { loadedFromPlain, modelFromObjects } from './pipeline';
import { clusterWithPolicies } from './properties.arbitraries';

type Plain = { kind: string; metadata: { name: string } };

/** Before: workspace a. After: a's objects minus dropped pods, b's policies, b's pods renamed (added). */
const twoWorkspaces = fc
  .record({
    a: clusterWithPolicies,
    b: clusterWithPolicies,
    drop: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ a, b, drop }) => {
    const isPolicy = (o: object) => (o as Plain).kind === 'NetworkPolicy';
    const isPod = (o: object) => (o as Plain).kind === 'Pod';
    let podIndex = 0;
    const kept = a.filter((o) => !isPolicy(o) && !(isPod(o) && drop[podIndex++] === true));
    const added = b.filter(isPod).map((o) => ({
      ...o,
      metadata: { ...(o as Plain).metadata, name: `q-${(o as Plain).metadata.name}` },
    }));
    return { before: a, after: [...kept, ...added, ...b.filter(isPolicy)] };
  });

const modelOf = (objects: object[]): PolicyModel => modelFromObjects(loadedFromPlain(objects));

function commonPairs(before: PolicyModel, after: PolicyModel): [string, string][] {
  const ids = after.cluster.pods.map((p) => p.id).filter((id) => id in before.podIndex);
  return ids.flatMap((from) =>
    ids.filter((to) => to !== from).map((to): [string, string] => [from, to]),
  );
}

describe('diffReachability = cell-wise difference of two full matrices', () => {
  it('any port: gained/lost ports, added/removed pods and the unchanged count', () => {
    fc.assert(
      fc.property(twoWorkspaces, ({ before, after }) => {
        const b = modelOf(before);
        const a = modelOf(after);
        const diff = diffReachability(b, a);
        const gained: { from: string; to: string; ports: string[] }[] = [];
        const lost: { from: string; to: string; ports: string[] }[] = [];
        let unchanged = 0;
        for (const [from, to] of commonPairs(b, a)) {
          const was = allowedPorts(b, from, to);
          const is = allowedPorts(a, from, to);
          const plus = subtractPorts(is, was);
          const minus = subtractPorts(was, is);
          if (plus.length > 0) gained.push({ from, to, ports: formatPortDifference(plus) });
          if (minus.length > 0) lost.push({ from, to, ports: formatPortDifference(minus) });
          if (plus.length + minus.length === 0) unchanged++;
        }
        const byPair = (x: { from: string; to: string }, y: { from: string; to: string }) =>
          x.from.localeCompare(y.from) || x.to.localeCompare(y.to);
        expect([...diff.gained].sort(byPair)).toEqual(gained.sort(byPair));
        expect([...diff.lost].sort(byPair)).toEqual(lost.sort(byPair));
        expect(diff.unchanged).toBe(unchanged);
        // Listed by source, then destination (code-unit order), as the CLI prints them.
        const key = (c: { from: string; to: string }) => `${c.from}\u0000${c.to}`;
        const keys = diff.gained.map(key);
        expect(keys).toEqual([...keys].sort());
        const beforeIds = b.cluster.pods.map((p) => p.id);
        const afterIds = a.cluster.pods.map((p) => p.id);
        expect(diff.addedPods).toEqual(afterIds.filter((id) => !beforeIds.includes(id)));
        expect(diff.removedPods).toEqual(beforeIds.filter((id) => !afterIds.includes(id)));
      }),
      { numRuns: 120 },
    );
  });

  it('one port: pairs whose verdict flipped', () => {
    const probe = fc.record({
      port: fc.constantFrom<number | string>(53, 80, 8080, 'http', 'dns'),
      protocol: fc.constantFrom<Protocol>('TCP', 'UDP'),
    });
    fc.assert(
      fc.property(twoWorkspaces, probe, ({ before, after }, { port, protocol }) => {
        const b = modelOf(before);
        const a = modelOf(after);
        const diff = diffReachability(b, a, { port, protocol });
        const label = [`${protocol}:${port}`];
        const gained: { from: string; to: string; ports: string[] }[] = [];
        const lost: typeof gained = [];
        for (const [from, to] of commonPairs(b, a)) {
          const flow = {
            from: { kind: 'pod', id: from },
            to: { kind: 'pod', id: to },
            port,
            protocol,
          } as const;
          const was = evaluateFlow(b, flow).allowed;
          const is = evaluateFlow(a, flow).allowed;
          if (is && !was) gained.push({ from, to, ports: label });
          if (was && !is) lost.push({ from, to, ports: label });
        }
        const byPair = (x: { from: string; to: string }, y: { from: string; to: string }) =>
          x.from.localeCompare(y.from) || x.to.localeCompare(y.to);
        expect([...diff.gained].sort(byPair)).toEqual(gained.sort(byPair));
        expect([...diff.lost].sort(byPair)).toEqual(lost.sort(byPair));
      }),
      { numRuns: 100 },
    );
  });
});

describe('port differences', () => {
  const some = (...ranges: [Protocol, number, number][]) => ({
    kind: 'some' as const,
    ranges: ranges.map(([protocol, from, to]) => ({ protocol, from, to })),
  });
  it('cuts holes in ranges and prints the CLI labels', () => {
    expect(
      formatPortDifference(subtractPorts(some(['TCP', 8000, 9000]), some(['TCP', 8080, 8080]))),
    ).toEqual(['TCP:8000-8079', 'TCP:8081-9000']);
    expect(
      formatPortDifference(
        subtractPorts(some(['UDP', 53, 53], ['TCP', 53, 53]), some(['TCP', 1, 100])),
      ),
    ).toEqual(['UDP:53']);
  });
  it('prints all only for the whole space of the three protocols', () => {
    expect(formatPortDifference(subtractPorts({ kind: 'all' }, some()))).toEqual(['all']);
    expect(formatPortDifference(subtractPorts({ kind: 'all' }, some(['SCTP', 1, 1])))).toEqual([
      'TCP:1-65535',
      'UDP:1-65535',
      'SCTP:2-65535',
    ]);
    const explicit = some(['TCP', 1, 65535], ['UDP', 1, 65535], ['SCTP', 1, 65535]);
    expect(subtractPorts({ kind: 'all' }, explicit)).toEqual([]);
  });
});
