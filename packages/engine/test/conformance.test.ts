// Every case of the conformance corpus (translated from the upstream netpol e2e tests):
// the computed matrix for each probe must equal the expected one exactly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../src/matrix';
import type { Protocol } from '../src/model/k8s';
import { evaluateFlow } from '../src/evaluate';
import { FIXTURES, readFixture } from './fixtures';
import { modelFromYaml } from './pipeline';

interface Probe {
  readonly port: number;
  readonly protocol: Protocol;
  readonly from: string[];
  readonly to: string[];
  readonly matrix: boolean[][];
}

interface Expectation {
  readonly cluster?: string;
  readonly policies?: string;
  readonly steps?: string[];
  readonly probes?: Probe[];
}

const index = JSON.parse(readFixture('conformance', 'index.json')) as {
  slug: string;
  name: string;
}[];

function readCase(dir: string): Expectation {
  return JSON.parse(readFixture('conformance', dir, 'expect.json')) as Expectation;
}

function stepsOf(slug: string): string[] {
  const top = readCase(slug);
  return top.steps ? top.steps.map((step) => join(slug, step)) : [slug];
}

function readRelative(dir: string, relative: string): string {
  const path = join(FIXTURES, 'conformance', dir, relative);
  return existsSync(path) ? readFixture('conformance', dir, relative) : '';
}

describe('conformance corpus', () => {
  it('has the cases the index lists', () => {
    expect(index.length).toBeGreaterThanOrEqual(20);
  });

  for (const { slug, name } of index) {
    for (const step of stepsOf(slug)) {
      it(`${step}: ${name}`, () => {
        const expectation = readCase(step);
        const model = modelFromYaml(
          readRelative(step, expectation.cluster ?? '../cluster.yaml'),
          readRelative(step, expectation.policies ?? 'policies.yaml'),
        );
        const probes = expectation.probes ?? [];
        expect(probes.length).toBeGreaterThan(0);
        for (const probe of probes) {
          const matrix = computeMatrix(model, { port: probe.port, protocol: probe.protocol });
          const position = new Map(matrix.pods.map((id, i) => [id, i]));
          const actual = probe.from.map((from) =>
            probe.to.map(
              (to) => matrix.allowed[position.get(from) ?? -1]?.[position.get(to) ?? -1],
            ),
          );
          expect(actual, `${probe.protocol} ${probe.port}`).toEqual(probe.matrix);
          // The single-flow evaluator must agree with the matrix on every cell.
          const evaluated = probe.from.map((from) =>
            probe.to.map(
              (to) =>
                evaluateFlow(model, {
                  from: { kind: 'pod', id: from },
                  to: { kind: 'pod', id: to },
                  port: probe.port,
                  protocol: probe.protocol,
                }).allowed,
            ),
          );
          expect(evaluated, `evaluateFlow ${probe.protocol} ${probe.port}`).toEqual(probe.matrix);
        }
      });
    }
  }
});
