import type {
  CompiledOrigin,
  CompiledPolicy,
  CompiledRule,
  Direction,
  LoadedObject,
  PodMatcher,
  PolicyRef,
} from '../model';
import { compilePeers } from './peer';
import { compilePorts } from './port';
import { arrayAt, objectAt } from '../util';
import { compileSelector } from './selector';

/** Compiles one loaded NetworkPolicy object into its target and rule matchers. */
export function compilePolicy(object: LoadedObject): CompiledPolicy {
  const spec = objectAt(object.object, 'spec');
  const originAt = (path: string): CompiledOrigin => {
    const range = object.fieldRanges[path];
    return range ? { path, range } : { path };
  };
  const ref: PolicyRef = {
    namespace: object.namespace,
    name: object.name,
    file: object.ref.file,
    documentIndex: object.ref.documentIndex,
    ...(object.ref.itemIndex === undefined ? {} : { itemIndex: object.ref.itemIndex }),
  };
  const ingressRaw = arrayAt(spec, 'ingress');
  const egressRaw = arrayAt(spec, 'egress');
  const compileRules = (
    raw: readonly unknown[] | undefined,
    direction: Direction,
  ): CompiledRule[] =>
    (raw ?? []).map((rule, index) => {
      const path = `spec.${direction}[${index}]`;
      const peersKey = direction === 'ingress' ? 'from' : 'to';
      return {
        direction,
        index,
        peers: compilePeers(
          arrayAt(rule, peersKey),
          `${path}.${peersKey}`,
          object.namespace,
          originAt,
        ),
        ports: compilePorts(arrayAt(rule, 'ports'), `${path}.ports`, originAt),
        origin: originAt(path),
      };
    });
  return {
    ref,
    target: { namespace: object.namespace, pods: targetPods(spec) },
    isolates: effectivePolicyTypes(spec, egressRaw),
    ingress: compileRules(ingressRaw, 'ingress'),
    egress: compileRules(egressRaw, 'egress'),
    range: object.range,
  };
}

/** `spec.podSelector` null or absent selects every pod of the namespace, like `{}`. */
function targetPods(spec: ReturnType<typeof objectAt>): PodMatcher {
  const raw = spec?.['podSelector'];
  return raw === undefined || raw === null ? { kind: 'all' } : compileSelector(raw);
}

/**
 * The apiserver's defaulting of `policyTypes` (absent or empty): always Ingress, plus Egress
 * when `spec.egress` holds at least one rule. `egress: []` therefore does NOT add Egress.
 */
function effectivePolicyTypes(
  spec: ReturnType<typeof objectAt>,
  egressRaw: readonly unknown[] | undefined,
): { ingress: boolean; egress: boolean } {
  const types = arrayAt(spec, 'policyTypes');
  if (!types || types.length === 0) return { ingress: true, egress: (egressRaw?.length ?? 0) > 0 };
  return { ingress: types.includes('Ingress'), egress: types.includes('Egress') };
}
