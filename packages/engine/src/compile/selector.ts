import type { PodMatcher } from '../model';
import type { LabelSelector, SelectorOperator, SelectorRequirement } from '../selector';
import { isEmptySelector } from '../selector';
import { arrayAt, isPlain, scalarText } from '../util';

const OPERATORS: readonly SelectorOperator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * Compiles a label selector that is present (not null): `{}` selects every pod, as
 * apimachinery's `LabelSelectorAsSelector` decides. The caller decides what a null or absent
 * selector means, because that differs by field (see `compilePeer` and `compilePolicy`).
 * A selector that cannot be read (unknown operator, non-object) selects nothing.
 */
export function compileSelector(raw: unknown): PodMatcher {
  if (!isPlain(raw)) return { kind: 'none', reason: 'the selector is not an object' };
  const matchLabels: Record<string, string> = {};
  const rawLabels = raw['matchLabels'];
  if (rawLabels !== undefined && rawLabels !== null) {
    if (!isPlain(rawLabels)) return { kind: 'none', reason: 'matchLabels is not a map' };
    for (const [key, value] of Object.entries(rawLabels)) {
      const text = scalarText(value);
      if (text === undefined) return { kind: 'none', reason: `matchLabels.${key} is not a string` };
      matchLabels[key] = text;
    }
  }
  const matchExpressions: SelectorRequirement[] = [];
  for (const rawReq of arrayAt(raw, 'matchExpressions') ?? []) {
    const req = compileRequirement(rawReq);
    if (typeof req === 'string') return { kind: 'none', reason: req };
    matchExpressions.push(req);
  }
  const selector: LabelSelector = { matchLabels, matchExpressions };
  return isEmptySelector(selector) ? { kind: 'all' } : { kind: 'selector', selector };
}

function compileRequirement(raw: unknown): SelectorRequirement | string {
  if (!isPlain(raw)) return 'a matchExpressions entry is not an object';
  const key = scalarText(raw['key']);
  const operator = raw['operator'];
  if (key === undefined) return 'a matchExpressions entry has no key';
  if (!OPERATORS.includes(operator as SelectorOperator)) {
    return `unknown selector operator ${String(operator)}`;
  }
  const values = (arrayAt(raw, 'values') ?? []).map((v) => scalarText(v) ?? '');
  return { key, operator: operator as SelectorOperator, values };
}
