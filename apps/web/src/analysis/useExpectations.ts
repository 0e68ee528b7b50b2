import { checkExpectations, parseExpectations } from '@netpol/engine';
import type { Diagnostic, ExpectationResult } from '@netpol/engine';
import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { useAnalysis } from './analysisStore';

export interface ExpectationsState {
  readonly results: readonly ExpectationResult[];
  /** Problems of the expectations text itself, located in it. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The file name expectations are read under (diagnostics carry it). */
export const EXPECTATIONS_FILE = 'expectations.yaml';

/**
 * The expectations document checked against the current policies: re-run whenever the
 * workspace's analysis or the expectations text changes (cheap: one evaluation per pair).
 */
export function useExpectations(): ExpectationsState {
  const text = useAppStore((s) => s.expectationsText);
  const model = useAnalysis()?.result.model;
  const parsed = useMemo(() => parseExpectations(text, EXPECTATIONS_FILE), [text]);
  const results = useMemo(
    () => (model ? checkExpectations(model, parsed.expectations) : []),
    [model, parsed],
  );
  return { results, diagnostics: parsed.diagnostics };
}

/**
 * Expectations about one pod and another, as pinned edges: edge id (`from->to`) → whether
 * the expectation holds. Sets of pods and IP addresses have no single edge to pin.
 */
export function pinnedExpectations(
  results: readonly ExpectationResult[],
): ReadonlyMap<string, 'pass' | 'fail'> {
  const pinned = new Map<string, 'pass' | 'fail'>();
  for (const r of results) {
    const { from, to } = r.expectation;
    if (from.kind !== 'pod' || to.kind !== 'pod' || from.id === to.id) continue;
    const id = `${from.id}->${to.id}`;
    // Two expectations on one edge: it fails when either does.
    pinned.set(id, pinned.get(id) === 'fail' || !r.pass ? 'fail' : 'pass');
  }
  return pinned;
}
