import { useEffect, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAnalysis } from '../../analysis/analysisStore';
import { searchGraph } from '../../analysis/graphSearch';
import { clusterViewOf } from '../../analysis/selectors';
import { namespaceNodeId } from '../../analysis/graphData';
import { useAppStore } from '../../state/store';
import styles from './GraphPane.module.css';

/** Whether a key press belongs to a text field or the editor (where `/` and Ctrl+F are theirs). */
function typingIn(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.monaco-editor'));
}

/**
 * Search over pods (name, id, labels), namespaces and policies. `/` or Ctrl+F (outside the
 * editor) puts the cursor here; Enter selects the first match and brings it into view.
 */
export function GraphSearch() {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const derivation = useAnalysis();
  const { fitView } = useReactFlow();
  const selectPod = useAppStore((s) => s.selectPod);
  const selectNamespace = useAppStore((s) => s.selectNamespace);
  const selectPolicy = useAppStore((s) => s.selectPolicy);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const find = event.key === '/' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f');
      if (!find || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const hits = derivation ? searchGraph(clusterViewOf(derivation), clusterViewOf(derivation).policies, query) : [];
  const select = () => {
    const hit = hits[0];
    if (!hit) return;
    const show = (id: string) => void fitView({ nodes: [{ id }], duration: 250, maxZoom: 1.2, padding: 0.4 });
    if (hit.kind === 'pod') {
      selectPod(hit.id);
      show(hit.id);
    } else if (hit.kind === 'namespace') {
      selectNamespace(hit.name);
      show(namespaceNodeId(hit.name));
    } else selectPolicy(hit.id);
  };
  return (
    <label className={styles.field}>
      <input
        ref={input}
        type="search"
        data-testid="graph-search"
        className={styles.searchInput}
        value={query}
        placeholder="Search (/)"
        aria-label="Search pods, labels, namespaces and policies; Enter selects the first match"
        title={query && hits.length === 0 ? 'No match' : `${hits.length} matches`}
        aria-invalid={query !== '' && hits.length === 0}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') select();
          if (e.key === 'Escape') setQuery('');
        }}
      />
    </label>
  );
}
