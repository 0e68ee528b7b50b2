import { describe, expect, it } from 'vitest';
import { cidrNodeId, namespaceNodeId, parseNodeId } from './graphData';

describe('parseNodeId', () => {
  it('reads back the ids namespaceNodeId and cidrNodeId make', () => {
    expect(parseNodeId(namespaceNodeId('shop'))).toEqual({ kind: 'namespace', name: 'shop' });
    expect(parseNodeId(cidrNodeId('10.0.0.0/8'))).toEqual({ kind: 'cidr', cidr: '10.0.0.0/8' });
  });

  it('keeps the colons of an IPv6 CIDR', () => {
    expect(parseNodeId(cidrNodeId('2001:db8::/32'))).toEqual({
      kind: 'cidr',
      cidr: '2001:db8::/32',
    });
  });

  it('takes an id without a prefix as a pod id', () => {
    expect(parseNodeId('shop/cart-0')).toEqual({ kind: 'pod', id: 'shop/cart-0' });
  });
});
