// Port semantics: protocols, endPort ranges, named ports resolved on the destination, and
// allowedPorts / formatPortSet agreeing with evaluateFlow.
import { describe, expect, it } from 'vitest';
import { allowedPorts, evaluateFlow, formatPortSet, portSetOf } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import type { Protocol } from '../src/model/k8s';
import { namespace, pod, policy, yamlOf } from './builders';
import { modelFromYaml } from './pipeline';

function allowed(
  model: PolicyModel,
  from: string,
  to: string,
  port: number | string,
  protocol: Protocol = 'TCP',
): boolean | null {
  const endpoint = (text: string) =>
    text.includes('/') ? { kind: 'pod' as const, id: text } : { kind: 'ip' as const, ip: text };
  return evaluateFlow(model, { from: endpoint(from), to: endpoint(to), port, protocol }).allowed;
}

const servers = [
  namespace('ns'),
  pod('ns', 'client', {
    labels: { app: 'client' },
    ip: '10.1.0.1',
    ports: [{ name: 'http', containerPort: 8080 }],
  }),
  pod('ns', 'server', {
    labels: { app: 'server' },
    ip: '10.1.0.2',
    ports: [
      { name: 'http', containerPort: 80 },
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'metrics', containerPort: 9090 },
    ],
  }),
  pod('ns', 'other', {
    labels: { app: 'other' },
    ip: '10.1.0.3',
    ports: [{ name: 'http', containerPort: 8000 }],
  }),
];

const ingressPorts = (ports: object[]) =>
  modelFromYaml(
    yamlOf(
      ...servers,
      policy('ns', 'p', { podSelector: { matchLabels: { app: 'server' } }, ingress: [{ ports }] }),
    ),
  );

describe('ports', () => {
  it('protocol defaults to TCP', () => {
    const model = ingressPorts([{ port: 80 }]);
    expect(allowed(model, 'ns/client', 'ns/server', 80, 'TCP')).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 80, 'UDP')).toBe(false);
    expect(allowed(model, 'ns/client', 'ns/server', 81, 'TCP')).toBe(false);
  });

  it('UDP and SCTP ports match only their protocol', () => {
    const model = ingressPorts([
      { protocol: 'UDP', port: 53 },
      { protocol: 'SCTP', port: 80 },
    ]);
    expect(allowed(model, 'ns/client', 'ns/server', 53, 'UDP')).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 53, 'TCP')).toBe(false);
    expect(allowed(model, 'ns/client', 'ns/server', 80, 'SCTP')).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 80, 'TCP')).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual([
      'UDP:53',
      'SCTP:80',
    ]);
  });

  it('endPort makes an inclusive range', () => {
    const model = ingressPorts([{ port: 8000, endPort: 9000 }]);
    expect(allowed(model, 'ns/client', 'ns/server', 7999)).toBe(false);
    expect(allowed(model, 'ns/client', 'ns/server', 8000)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 8500)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 9000)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 9001)).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual(['TCP:8000-9000']);
  });

  it('a port entry with only a protocol allows every port of it', () => {
    const model = ingressPorts([{ protocol: 'UDP' }]);
    expect(allowed(model, 'ns/client', 'ns/server', 12345, 'UDP')).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 12345, 'TCP')).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual(['UDP:1-65535']);
  });

  it('an ingress named port resolves on the destination pod (the one selected)', () => {
    const model = ingressPorts([{ port: 'http' }]);
    expect(allowed(model, 'ns/client', 'ns/server', 80)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/server', 8080)).toBe(false); // the client's "http"
    expect(allowed(model, 'ns/client', 'ns/server', 'http')).toBe(true);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual(['TCP:80']);
  });

  it('a named port needs the protocol of the container port', () => {
    const model = ingressPorts([{ port: 'dns' }, { port: 'dns', protocol: 'UDP' }]);
    expect(allowed(model, 'ns/client', 'ns/server', 53, 'TCP')).toBe(false);
    expect(allowed(model, 'ns/client', 'ns/server', 53, 'UDP')).toBe(true);
  });

  it('an egress named port resolves on the destination pod, not the source', () => {
    const model = modelFromYaml(
      yamlOf(
        ...servers,
        policy('ns', 'e', {
          podSelector: { matchLabels: { app: 'client' } },
          policyTypes: ['Egress'],
          egress: [{ ports: [{ port: 'http' }] }],
        }),
      ),
    );
    expect(allowed(model, 'ns/client', 'ns/server', 80)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/other', 8000)).toBe(true);
    expect(allowed(model, 'ns/client', 'ns/other', 80)).toBe(false);
    expect(allowed(model, 'ns/client', 'ns/server', 8080)).toBe(false);
    // Toward an external address there is no container to name the port: never matches.
    expect(allowed(model, 'ns/client', '198.51.100.7', 80)).toBe(false);
    expect(allowed(model, 'ns/client', '198.51.100.7', 'http')).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual(['TCP:80']);
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/other'))).toEqual(['TCP:8000']);
    expect(formatPortSet(allowedPorts(model, 'ns/client', '198.51.100.7'))).toEqual([]);
  });

  it('a probed port name that the destination does not have reaches no port: never allowed', () => {
    const named = ingressPorts([{ port: 'http' }]);
    expect(allowed(named, 'ns/client', 'ns/server', 'nope')).toBe(false);
    // Even when every port is open: there is no port of that name to connect to.
    const open = ingressPorts([]);
    expect(allowed(open, 'ns/client', 'ns/server', 'nope')).toBe(false);
    expect(allowed(open, 'ns/client', 'ns/server', 'http')).toBe(true);
  });

  it('allowedPorts intersects egress with ingress and unions rules', () => {
    const model = modelFromYaml(
      yamlOf(
        ...servers,
        policy('ns', 'in', {
          podSelector: { matchLabels: { app: 'server' } },
          ingress: [{ ports: [{ port: 80 }] }, { ports: [{ port: 8000, endPort: 9000 }] }],
        }),
        policy('ns', 'out', {
          podSelector: { matchLabels: { app: 'client' } },
          policyTypes: ['Egress'],
          egress: [
            {
              ports: [
                { port: 1, endPort: 100 },
                { port: 8500, endPort: 20000 },
              ],
            },
          ],
        }),
      ),
    );
    expect(formatPortSet(allowedPorts(model, 'ns/client', 'ns/server'))).toEqual([
      'TCP:80',
      'TCP:8500-9000',
    ]);
    expect(formatPortSet(allowedPorts(model, 'ns/other', 'ns/server'))).toEqual([
      'TCP:80',
      'TCP:8000-9000',
    ]);
    expect(formatPortSet(allowedPorts(model, 'ns/server', 'ns/other'))).toEqual(['all']);
    expect(formatPortSet(allowedPorts(model, 'ns/server', 'ns/server'))).toEqual(['all']);
  });
});

describe('formatPortSet', () => {
  it('merges adjacent and overlapping ranges and sorts by protocol then port', () => {
    const set = portSetOf([
      { protocol: 'UDP', from: 53, to: 53 },
      { protocol: 'TCP', from: 8000, to: 8999 },
      { protocol: 'TCP', from: 9000, to: 9100 },
      { protocol: 'TCP', from: 6379, to: 6379 },
      { protocol: 'TCP', from: 6379, to: 6379 },
    ]);
    expect(formatPortSet(set)).toEqual(['TCP:6379', 'TCP:8000-9100', 'UDP:53']);
    expect(formatPortSet({ kind: 'all' })).toEqual(['all']);
  });
});
