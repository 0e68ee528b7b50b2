import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@netpol/engine';
import { adminDenial, refusalText } from './tierRefusal';

const text = readFileSync(
  new URL('../../../../../public/examples/cluster-tiers.yaml', import.meta.url),
  'utf8',
);
const { model } = analyze([{ file: 'w.yaml', text }]);
const pod = (id: string) => ({ kind: 'pod', id }) as const;

describe('draw-to-allow and the Admin tier', () => {
  it('refuses a flow an Admin Deny decides, naming the rule, on a port or on any port', () => {
    const rule = adminDenial(model, pod('shop/web'), pod('vault/secrets'), 8200, 'TCP');
    expect(rule).toMatchObject({
      policy: { name: 'vault-lockdown', tier: 'Admin' },
      ruleIndex: 1,
      ruleName: 'deny-everyone-else',
    });
    expect(adminDenial(model, pod('shop/web'), pod('vault/secrets'), undefined, 'TCP')).toEqual(
      rule,
    );
    expect(refusalText(rule!)).toContain('vault-lockdown');
  });

  it('does not refuse where a NetworkPolicy or the Baseline decides, or an Admin Accept', () => {
    expect(
      adminDenial(model, pod('monitoring/prometheus'), pod('shop/db'), 5432, 'TCP'),
    ).toBeUndefined();
    expect(
      adminDenial(model, pod('monitoring/prometheus'), pod('shop/web'), 80, 'TCP'),
    ).toBeUndefined();
    expect(
      adminDenial(model, pod('monitoring/prometheus'), pod('vault/secrets'), 8200, 'TCP'),
    ).toBeUndefined();
  });
});
