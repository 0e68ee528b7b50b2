import { useAppStore } from '../state/store';
import { compareFlows, type CompareResult } from './compareFlows';
import type { Verdicts } from './graphData';
import { useVerdicts } from './selectors';

/** One comparison per (verdicts, baseline text): the graph, the summary and the list share it. */
const cache = new WeakMap<Verdicts, { text: string; result: CompareResult }>();

/** Compare mode's changes since the baseline; null outside compare mode. */
export function useCompare(): CompareResult | null {
  const data = useVerdicts();
  const baseline = useAppStore((s) => s.baseline);
  const comparing = useAppStore((s) => s.comparing);
  if (!comparing || !baseline || !data) return null;
  const known = cache.get(data.verdicts);
  if (known && known.text === baseline.text) return known.result;
  const result = compareFlows(baseline.text, data.verdicts);
  cache.set(data.verdicts, { text: baseline.text, result });
  return result;
}
