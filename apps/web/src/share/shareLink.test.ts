import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { PROTOCOLS } from '@netpol/engine';
import { fromBase64Url, toBase64Url } from './base64url';
import {
  decodeShareFragment,
  encodeShareFragment,
  inflateCapped,
  isShareFragment,
  MAX_INFLATED_BYTES,
  MAX_SHARED_POSITIONS,
  shareablePositions,
  type SharedWorkspace,
} from './shareLink';

const seed: SharedWorkspace = {
  text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: { app: "ünïcode ✓" }\n',
  view: { port: '80', protocol: 'TCP' },
};

/** A fragment carrying `payload` as JSON, packed like the real thing. */
function pack(payload: unknown, version = '1'): string {
  return `w=${version}.${toBase64Url(deflateSync(strToU8(JSON.stringify(payload))))}`;
}

function errorCode(hash: string): string {
  const result = decodeShareFragment(hash);
  return result.ok ? 'ok' : result.error.code;
}

describe('base64url', () => {
  it('round-trips every byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the URL-safe alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab/c')).toBeNull();
    expect(fromBase64Url('abc=')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('<img>')).toBeNull();
  });
});

describe('share fragments', () => {
  it('round-trips the seed workspace, unicode included', () => {
    const fragment = encodeShareFragment(seed);
    expect(fragment).toMatch(/^w=2\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, workspace: seed });
  });

  it('round-trips any text and view (property)', () => {
    // Shared positions are whole pixels (shareablePositions rounds them).
    const xy = fc.record({ x: fc.integer(), y: fc.integer() });
    const workspace = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 400 }),
      view: fc.record(
        {
          port: fc.string({ maxLength: 64 }),
          protocol: fc.constantFrom(...PROTOCOLS),
          positions: fc.dictionary(fc.string({ maxLength: 20 }), xy, { maxKeys: 5 }),
        },
        { requiredKeys: ['port', 'protocol'] },
      ),
    });
    fc.assert(
      fc.property(workspace, (ws) => {
        const result = decodeShareFragment(encodeShareFragment(ws));
        expect(result).toEqual({ ok: true, workspace: ws });
      }),
    );
  });

  it('compresses repetitive YAML well', () => {
    const text = Array.from(
      { length: 200 },
      (_, i) => `---\nkind: Pod\nmetadata:\n  name: pod-${i}\n`,
    ).join('');
    expect(encodeShareFragment({ ...seed, text }).length).toBeLessThan(text.length / 5);
  });

  it('never throws on garbage and never accepts it (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (garbage) => {
        // Random text is never a deflated workspace: it must be refused, with a reason.
        const result = decodeShareFragment(`#w=1.${garbage}`);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeShareFragment(`w=1.${toBase64Url(bytes)}`).ok).toBe(false);
      }),
    );
  });

  it('reports truncated links', () => {
    const fragment = encodeShareFragment({ ...seed, text: seed.text.repeat(20) });
    for (const cut of [5, 10, 20, fragment.length - 10]) {
      expect(['bad-compression', 'bad-encoding', 'bad-json']).toContain(
        errorCode(fragment.slice(0, cut)),
      );
    }
  });

  it('names each way a link can be wrong', () => {
    expect(errorCode('#other=1')).toBe('not-a-share-link');
    expect(errorCode('#w=nothing')).toBe('bad-encoding');
    expect(errorCode('#w=3.abcd')).toBe('unsupported-version');
    expect(errorCode('#w=1.%%%%')).toBe('bad-encoding');
    expect(errorCode('#w=1.')).toBe('bad-encoding');
    expect(errorCode(`#w=1.${toBase64Url(strToU8('not deflate at all'))}`)).toBe('bad-compression');
    expect(errorCode(`#${pack('{broken', '1').replace(/^w=1\./, 'w=1.')}`)).toBe('bad-content');
    expect(errorCode(`#w=1.${toBase64Url(deflateSync(strToU8('{not json')))}`)).toBe('bad-json');
    expect(errorCode(pack({ v: 2, text: 'x' }))).toBe('unsupported-version');
    expect(errorCode(pack({ v: 3, text: 'x' }, '3'))).toBe('unsupported-version');
    expect(errorCode(pack({ v: 2, text: 'x', expectations: 7 }, '2'))).toBe('bad-content');
    expect(errorCode(pack({ v: 1, text: 42 }))).toBe('bad-content');
    expect(errorCode(pack({ v: 1, text: ['a'] }))).toBe('bad-content');
    expect(errorCode(pack(null))).toBe('bad-content');
    expect(errorCode(pack([1, 2]))).toBe('bad-content');
    expect(errorCode(pack({ v: 1, text: 'x', view: { protocol: 'HTTP' } }))).toBe('bad-content');
    expect(errorCode(pack({ v: 1, text: 'x', view: { port: 80 } }))).toBe('bad-content');
    expect(
      errorCode(pack({ v: 1, text: 'x', view: { positions: { a: { x: 'NaN', y: 1 } } } })),
    ).toBe('bad-content');
  });

  it('keeps a __proto__ key as a plain position key', () => {
    const result = decodeShareFragment(
      `w=1.${toBase64Url(deflateSync(strToU8('{"v":1,"text":"","view":{"positions":{"__proto__":{"x":1,"y":2}}}}')))}`,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.workspace.view.positions)).toBe(Object.prototype);
      expect(Object.keys(result.workspace.view.positions ?? {})).toEqual(['__proto__']);
    }
  });

  it('stops a deflate bomb at the inflate cap', () => {
    // 16 MB of spaces compress to ~16 KB: a link-sized bomb.
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(40_000);
    expect(inflateCapped(bomb, MAX_INFLATED_BYTES)).toBe('too-large');
    expect(errorCode(`w=1.${toBase64Url(bomb)}`)).toBe('too-large');
  });

  it('shares positions only for small graphs, rounded', () => {
    expect(shareablePositions({ a: { x: 1.4, y: 2.6 } })).toEqual({ a: { x: 1, y: 3 } });
    expect(shareablePositions({})).toBeUndefined();
    const many = Object.fromEntries(
      Array.from({ length: MAX_SHARED_POSITIONS + 1 }, (_, i) => [`p${i}`, { x: i, y: i }]),
    );
    expect(shareablePositions(many)).toBeUndefined();
  });
});

describe('share format 2: the expectations travel with the YAML', () => {
  it('round-trips the expectations', () => {
    const workspace = { ...seed, expectations: 'expectations:\n- name: ✓\n' };
    expect(decodeShareFragment(encodeShareFragment(workspace))).toEqual({ ok: true, workspace });
  });

  it('still opens format 1 links, which carry no expectations (and ignores one smuggled in)', () => {
    const old = pack({ v: 1, text: seed.text, expectations: 'x', view: seed.view }, '1');
    expect(decodeShareFragment(old)).toEqual({ ok: true, workspace: seed });
  });
});
