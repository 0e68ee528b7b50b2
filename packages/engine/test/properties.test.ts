// Property tests: the class-based matrix equals pair-by-pair evaluateFlow, and allowedPorts
// agrees with evaluateFlow port by port, on random clusters and policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedPorts,
  evaluateFlow,
  formatPortSet,
  isEmptyPortSet,
  portSetContains,
} from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { computeMatrix, computeMatrixCompact, countPairs } from '../src/matrix';
import type { Protocol } from '../src/model/k8s';
import type { FlowEndpoint } from '../src/model/verdict';
import { loadedFromPlain, modelFromObjects } from './pipeline';
import { clusterWithPolicies, POD_IPS, SAMPLE_PORTS } from './properties.arbitraries';

const RUNS = 150;
const probePort = fc.record({
  port: fc.constantFrom<number | string>(53, 80, 85, 443, 8080, 9000, 'http', 'dns', 'metrics'),
  protocol: fc.constantFrom<Protocol>('TCP', 'UDP', 'SCTP'),
});

const modelOf = (objects: object[]): PolicyModel => modelFromObjects(loadedFromPlain(objects));
const podEndpoint = (id: string): FlowEndpoint => ({ kind: 'pod', id });

describe('matrix = evaluateFlow, pair by pair', () => {
  it('for one port (numbered or named)', () => {
    fc.assert(
      fc.property(clusterWithPolicies, probePort, (objects, { port, protocol }) => {
        const model = modelOf(objects);
        const matrix = computeMatrix(model, { port, protocol });
        const ids = model.cluster.pods.map((p) => p.id);
        expect(matrix.pods).toEqual(ids);
        const expected = ids.map((from) =>
          ids.map(
            (to) =>
              evaluateFlow(model, { from: podEndpoint(from), to: podEndpoint(to), port, protocol })
                .allowed,
          ),
        );
        expect(matrix.allowed).toEqual(expected);
        const { allowed } = countPairs(computeMatrixCompact(model, { port, protocol }));
        expect(allowed).toBe(expected.flat().filter(Boolean).length);
        // The model is plain data: it survives a JSON round trip (e.g. to a Web Worker).
        const revived = JSON.parse(JSON.stringify(model)) as PolicyModel;
        expect(computeMatrix(revived, { port, protocol }).allowed).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('for any port: allowed when some port is, and the port labels of allowedPorts', () => {
    fc.assert(
      fc.property(clusterWithPolicies, (objects) => {
        const model = modelOf(objects);
        const matrix = computeMatrix(model);
        const ids = model.cluster.pods.map((p) => p.id);
        const sets = ids.map((from) => ids.map((to) => allowedPorts(model, from, to)));
        expect(matrix.allowed).toEqual(sets.map((row) => row.map((set) => !isEmptyPortSet(set))));
        expect(matrix.ports).toEqual(sets.map((row) => row.map(formatPortSet)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('allowedPorts = evaluateFlow, port by port', () => {
  it('for pods and external addresses on sampled ports of every protocol', () => {
    fc.assert(
      fc.property(
        clusterWithPolicies,
        fc.constantFrom('93.184.216.34', '10.0.0.7', 'fd00::9', ...POD_IPS),
        (objects, externalIp) => {
          const model = modelOf(objects);
          const ends: FlowEndpoint[] = [
            ...model.cluster.pods.map((p) => podEndpoint(p.id)),
            { kind: 'ip', ip: externalIp },
          ];
          for (const from of ends) {
            for (const to of ends) {
              const set = allowedPorts(model, from, to);
              for (const protocol of ['TCP', 'UDP', 'SCTP'] as const) {
                for (const port of SAMPLE_PORTS) {
                  const verdict = evaluateFlow(model, { from, to, port, protocol });
                  expect(
                    portSetContains(set, protocol, port),
                    `${JSON.stringify(from)} → ${JSON.stringify(to)} ${protocol} ${port}`,
                  ).toBe(verdict.allowed);
                }
              }
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
