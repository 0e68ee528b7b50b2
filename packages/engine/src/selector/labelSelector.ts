/**
 * Kubernetes label selectors (`metav1.LabelSelector`) and how they match a label set.
 *
 * Semantics follow apimachinery's `LabelSelectorAsSelector`:
 * - an empty selector (`{}`) matches everything;
 * - a null/absent selector is decided by the caller (it means different things in
 *   different NetworkPolicy fields), so this module never sees `undefined`;
 * - `matchLabels` and `matchExpressions` are ANDed;
 * - `NotIn` and `DoesNotExist` match objects that lack the key.
 */
import { assertNever } from '../util';

export type Labels = Readonly<Record<string, string>>;

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface SelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values?: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels?: Labels | null;
  readonly matchExpressions?: readonly SelectorRequirement[] | null;
}

/** True when the selector has no requirement at all, so it selects every object. */
export function isEmptySelector(selector: LabelSelector): boolean {
  const labelCount = selector.matchLabels ? Object.keys(selector.matchLabels).length : 0;
  const exprCount = selector.matchExpressions ? selector.matchExpressions.length : 0;
  return labelCount === 0 && exprCount === 0;
}

/** Does one requirement hold for a label set? */
export function requirementMatches(req: SelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  switch (req.operator) {
    case 'In':
      return has && (req.values ?? []).includes(labels[req.key] as string);
    case 'NotIn':
      // A missing key satisfies NotIn (apimachinery: "!has || value not in set").
      return !has || !(req.values ?? []).includes(labels[req.key] as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return assertNever(req.operator, 'selector operator');
  }
}

/** Does a (non-null) label selector select an object with these labels? */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(labels, key) || labels[key] !== value) return false;
  }
  for (const req of selector.matchExpressions ?? []) {
    if (!requirementMatches(req, labels)) return false;
  }
  return true;
}

/** Human-readable form, as `kubectl` prints selectors: `app=web,tier in (a,b),!debug`. */
export function formatSelector(selector: LabelSelector): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) parts.push(`${key}=${value}`);
  for (const req of selector.matchExpressions ?? []) {
    const values = (req.values ?? []).join(',');
    switch (req.operator) {
      case 'In':
        parts.push(`${req.key} in (${values})`);
        break;
      case 'NotIn':
        parts.push(`${req.key} notin (${values})`);
        break;
      case 'Exists':
        parts.push(req.key);
        break;
      case 'DoesNotExist':
        parts.push(`!${req.key}`);
        break;
      default:
        assertNever(req.operator, 'selector operator');
    }
  }
  return parts.length === 0 ? '(all)' : parts.join(',');
}
