import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../analysis/graphData';
import { changedLines } from './afterCreate';
import { endpointFromText, intentDestination, intentSource } from './allowIntent';
import { endpointOptions } from './endpointOptions';

// Only the fields the pickers read.
const view = {
  namespaces: [{ name: 'shop' }, { name: 'db' }],
  pods: [
    { id: 'shop/web', kind: 'Deployment' },
    { id: 'db/postgres', kind: 'Pod' },
  ],
  podsById: new Map([
    ['shop/web', {}],
    ['db/postgres', {}],
  ]),
  cidrs: [{ id: 'cidr:10.1.0.0/16', cidr: '10.1.0.0/16' }],
} as unknown as ClusterView;

describe('endpointFromText', () => {
  it('reads a pod, a namespace, a CIDR and the Internet; nothing else', () => {
    expect(endpointFromText(view, ' shop/web ')).toBe('shop/web');
    expect(endpointFromText(view, 'shop')).toBe('ns:shop');
    expect(endpointFromText(view, '203.0.113.0/24')).toBe('cidr:203.0.113.0/24');
    expect(endpointFromText(view, '2001:db8::/32')).toBe('cidr:2001:db8::/32');
    expect(endpointFromText(view, 'internet')).toBe('internet');
    expect(endpointFromText(view, '300.0.0.0/8')).toBeNull();
    expect(endpointFromText(view, 'shop/nope')).toBeNull();
  });

  it('maps ids to intents: a namespace is a source, never a destination', () => {
    expect(intentSource('ns:shop')).toEqual({ kind: 'namespace', name: 'shop' });
    expect(intentDestination('ns:shop')).toBeNull();
    expect(intentDestination('internet')).toEqual({ kind: 'internet' });
    expect(intentSource('')).toBeNull();
  });
});

describe('endpointOptions', () => {
  it('offers namespaces only as sources, prefix matches first, and the typed CIDR', () => {
    expect(endpointOptions(view, 'to', '').map((o) => o.id)).toEqual([
      'internet',
      'shop/web',
      'db/postgres',
      'cidr:10.1.0.0/16',
    ]);
    expect(endpointOptions(view, 'from', 'db').map((o) => o.id)).toEqual(['ns:db', 'db/postgres']);
    expect(endpointOptions(view, 'to', '192.0.2.0/24').map((o) => o.id)).toEqual(['cidr:192.0.2.0/24']);
  });
});

describe('changedLines', () => {
  it('spans the whole lines of an appended document', () => {
    const before = 'a: 1\n';
    const after = 'a: 1\n---\nkind: NetworkPolicy\nmetadata:\n  name: x\n';
    expect(changedLines(before, after)).toMatchObject({ startLine: 2, endLine: 6 });
    expect(changedLines(before, before)).toBeNull();
  });
});
