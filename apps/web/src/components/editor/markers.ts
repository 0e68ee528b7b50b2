import type { Diagnostic } from '@netpol/engine';
import type * as Monaco from 'monaco-editor';

/** The owner of the engine's markers (monaco-yaml's schema markers have their own). */
export const ENGINE_MARKER_OWNER = 'netpol-engine';

const SEVERITY = { error: 8, warning: 4, info: 2 } as const satisfies Record<
  Diagnostic['severity'],
  Monaco.MarkerSeverity
>;

/**
 * At most this many engine markers: Monaco lays out every marker on each update, and
 * 100,000 of them froze the page. The diagnostics list holds them all.
 */
export const MAX_MARKERS = 2000;

/**
 * Engine diagnostics → Monaco markers at their exact range (the first `MAX_MARKERS`). Diagnostics without a range
 * (they concern the workspace as a whole) appear only in the diagnostics list. An empty
 * range is widened to one character so the squiggle is visible.
 */
export function toMarkers(diagnostics: readonly Diagnostic[]): Monaco.editor.IMarkerData[] {
  const markers: Monaco.editor.IMarkerData[] = [];
  for (const d of diagnostics) {
    if (markers.length >= MAX_MARKERS) break;
    if (!d.range) continue;
    const { startLine, startColumn, endLine, endColumn } = d.range;
    const empty = startLine === endLine && endColumn <= startColumn;
    markers.push({
      severity: SEVERITY[d.severity],
      message: d.hint ? `${d.message}\n${d.hint}` : d.message,
      code: d.code,
      source: d.path ? `netpol · ${d.path}` : 'netpol',
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn: empty ? startColumn + 1 : endColumn,
    });
  }
  return markers;
}
