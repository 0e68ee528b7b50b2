/**
 * Extending an existing policy instead of adding one: when a policy already selects
 * exactly the pods we would target, for the same direction, adding a rule (or a peer to a
 * rule with the same ports) to it allows the flow without isolating anything new.
 */
import type { CompiledPolicy } from '../model/compiled';
import type { NetworkPolicyObject, NetworkPolicyPeer, NetworkPolicyPort } from '../model/k8s';
import type { LoadedObject } from '../model/loaded';
import type { Direction } from '../model/verdict';
import type { Labels } from '../selector/labelSelector';
import { isPlain } from '../util/json';

export interface ExistingPolicy {
  readonly object: LoadedObject;
  readonly compiled: CompiledPolicy;
}

/**
 * The enforced policy of `namespace` whose `podSelector` is exactly `matchLabels: target`
 * (no expressions) and which isolates `direction`; undefined when there is none. With a
 * `name`, only that policy qualifies.
 */
export function findExtensible(
  existing: readonly ExistingPolicy[],
  namespace: string,
  target: Labels,
  direction: Direction,
  name?: string,
): ExistingPolicy | undefined {
  return existing.find(
    ({ object, compiled }) =>
      compiled.ref.namespace === namespace &&
      compiled.isolates[direction] &&
      (name === undefined || compiled.ref.name === name) &&
      selectsExactly(object.object['spec'], target),
  );
}

function selectsExactly(spec: unknown, target: Labels): boolean {
  if (!isPlain(spec)) return false;
  const selector = spec['podSelector'];
  if (!isPlain(selector)) return false;
  const expressions = selector['matchExpressions'];
  if (Array.isArray(expressions) && expressions.length > 0) return false;
  const labels = isPlain(selector['matchLabels']) ? selector['matchLabels'] : {};
  const keys = Object.keys(labels);
  return (
    keys.length === Object.keys(target).length && keys.every((key) => labels[key] === target[key])
  );
}

/**
 * The policy with `peer` allowed on `ports` in `direction`: appended to the first rule that
 * lists peers and has the same ports, otherwise as a new rule. The rest of the object is kept.
 */
export function extendPolicy(
  original: NetworkPolicyObject,
  direction: Direction,
  peer: NetworkPolicyPeer,
  ports: NetworkPolicyPort[] | undefined,
): NetworkPolicyObject {
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const rules = (
    Array.isArray(original.spec[direction]) ? original.spec[direction] : []
  ) as readonly Record<string, unknown>[];
  const sameRule = rules.findIndex((rule) => {
    const peers = rule[peersKey];
    return Array.isArray(peers) && peers.length > 0 && samePorts(rule['ports'], ports);
  });
  const newRules =
    sameRule >= 0
      ? rules.map((rule, i) =>
          i === sameRule ? { ...rule, [peersKey]: [...(rule[peersKey] as unknown[]), peer] } : rule,
        )
      : [...rules, ports === undefined ? { [peersKey]: [peer] } : { [peersKey]: [peer], ports }];
  return { ...original, spec: { ...original.spec, [direction]: newRules } };
}

function samePorts(existing: unknown, wanted: NetworkPolicyPort[] | undefined): boolean {
  const list = Array.isArray(existing) ? existing : [];
  if (wanted === undefined) return list.length === 0;
  if (list.length !== wanted.length) return false;
  return wanted.every((port, i) => {
    const other: unknown = list[i];
    return (
      isPlain(other) &&
      (other['protocol'] ?? 'TCP') === (port.protocol ?? 'TCP') &&
      other['port'] === port.port &&
      (other['endPort'] ?? undefined) === (port.endPort ?? undefined)
    );
  });
}
