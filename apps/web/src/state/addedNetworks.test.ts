import { describe, expect, it } from 'vitest';
import { readAddedNetworks } from './addedNetworks';

describe('readAddedNetworks', () => {
  it('keeps the Internet and valid CIDR ids, once each, and drops the rest', () => {
    expect(
      readAddedNetworks([
        'internet',
        'cidr:203.0.113.0/24',
        'cidr:203.0.113.0/24',
        'cidr:203.0.113.0/33',
        'cidr:internet',
        'shop/web',
        42,
      ]),
    ).toEqual(['internet', 'cidr:203.0.113.0/24']);
    expect(readAddedNetworks({ internet: true })).toEqual([]);
  });
});
