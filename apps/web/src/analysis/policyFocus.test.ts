import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { policyFocus } from './policyFocus';

const boutique = readFileSync(new URL('../../../../public/examples/online-boutique.yaml', import.meta.url), 'utf8');
const model = derive(boutique, new Map()).derivation.result.model;
const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort();

describe('policyFocus', () => {
  it('names the pods a policy selects and the pods its rules admit, both directions', () => {
    const cart = policyFocus(model, 'boutique/cartservice');
    expect(sorted(cart?.targets)).toEqual(['boutique/cartservice']);
    // Ingress from frontend and checkout, egress to redis-cart.
    expect(sorted(cart?.peers)).toEqual(['boutique/checkoutservice', 'boutique/frontend', 'boutique/redis-cart']);
  });

  it('gives a deny-all every pod as target and no peer', () => {
    const deny = policyFocus(model, 'boutique/deny-all');
    expect(deny?.targets.size).toBe(12);
    expect(deny?.peers.size).toBe(0);
  });

  it('is null for a policy that is not in force', () => {
    expect(policyFocus(model, 'boutique/nope')).toBeNull();
  });
});
