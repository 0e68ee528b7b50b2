import type { Diagnostic } from '@netpol/engine';
import { describe, expect, it } from 'vitest';
import { MAX_MARKERS, toMarkers } from './markers';

const diagnostic = (line: number, ranged = true): Diagnostic =>
  ({
    code: 'FIELD_INVALID',
    severity: 'error',
    message: `bad ${line}`,
    file: 'workspace.yaml',
    ...(ranged ? { range: { startLine: line, startColumn: 1, endLine: line, endColumn: 5 } } : {}),
  }) as Diagnostic;

describe('toMarkers', () => {
  it('gives at most MAX_MARKERS markers, the first ones in order', () => {
    const many = Array.from({ length: MAX_MARKERS * 3 }, (_, i) => diagnostic(i + 1));
    const markers = toMarkers(many);
    expect(markers).toHaveLength(MAX_MARKERS);
    expect(markers[0]?.startLineNumber).toBe(1);
    expect(markers.at(-1)?.startLineNumber).toBe(MAX_MARKERS);
  });

  it('skips diagnostics without a range without counting them', () => {
    const list = [
      diagnostic(1, false),
      ...Array.from({ length: MAX_MARKERS }, (_, i) => diagnostic(i + 2)),
    ];
    expect(toMarkers(list)).toHaveLength(MAX_MARKERS);
  });
});
