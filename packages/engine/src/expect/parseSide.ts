/**
 * Reads one side of an expectation: an IP, `ns/*`, `ns/label=value,...` or `ns/name`. Label
 * keys and values are checked with validate's own rules, IPs with compile's parser.
 */
import { parseIp } from '../compile';
import { isLabelKey, isLabelValue } from '../validate';
import type { ExpectationSide } from './types';

export type SideResult =
  | { readonly ok: true; readonly side: ExpectationSide }
  | { readonly ok: false; readonly message: string };

const FORMS = 'expected ns/name, ns/*, ns/label=value[,label=value...] or an IP address';

export function parseSide(text: string): SideResult {
  const trimmed = text.trim();
  if (parseIp(trimmed) !== undefined) return { ok: true, side: { kind: 'ip', ip: trimmed } };
  const slash = trimmed.indexOf('/');
  const namespace = trimmed.slice(0, slash);
  const rest = trimmed.slice(slash + 1);
  if (slash <= 0 || rest === '' || /\s/.test(trimmed))
    return { ok: false, message: `"${text}": ${FORMS}` };
  if (rest === '*') return { ok: true, side: { kind: 'namespace', namespace } };
  if (!rest.includes('=')) {
    if (rest.includes('/')) return { ok: false, message: `"${text}": ${FORMS}` };
    return { ok: true, side: { kind: 'pod', id: trimmed } };
  }
  const matchLabels: Record<string, string> = {};
  for (const pair of rest.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return { ok: false, message: `"${text}": "${pair}" is not label=value` };
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const problems = [...isLabelKey(key), ...isLabelValue(value)];
    if (problems.length > 0)
      return { ok: false, message: `"${text}": ${pair}: ${problems[0] ?? ''}` };
    matchLabels[key] = value;
  }
  return { ok: true, side: { kind: 'selector', namespace, selector: { matchLabels } } };
}
