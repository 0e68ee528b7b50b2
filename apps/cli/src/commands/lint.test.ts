import { describe, expect, it } from 'vitest';
import { run } from '../testKit';

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: dead-egress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Ingress
  egress:
  - to: [{podSelector: {}}]
`;
const CLEAN = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;

describe('netpol lint', () => {
  it('prints FILE:LINE:COL: SEVERITY: CODE: message and exits 1', async () => {
    const result = await run(['lint', '-'], POLICY);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '<stdin>:9:3: warning: NPL002: policyTypes lacks Egress: the 1 rule(s) of spec.egress are ignored\n',
    );
  });

  it('prints the --json findings with the object as KIND NS/NAME', async () => {
    const result = await run(['lint', '--json', '-'], POLICY);
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [
        {
          code: 'NPL002',
          severity: 'warning',
          message: 'policyTypes lacks Egress: the 1 rule(s) of spec.egress are ignored',
          file: '<stdin>',
          line: 9,
          column: 3,
          object: 'NetworkPolicy shop/dead-egress',
        },
      ],
    });
  });

  it('exits 0 with no finding, and 1 for an invalid object (its error on stderr, no lint)', async () => {
    expect(await run(['lint', '-'], CLEAN)).toMatchObject({ code: 0, stdout: '' });
    const invalid = await run(
      ['lint', '-'],
      POLICY.replace('podSelector: {}}', 'podSelector: {}}\n    ports: [{port: 0}]'),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('error');
  });

  it('exits 2 without a file', async () => {
    expect((await run(['lint'])).code).toBe(2);
  });
});
