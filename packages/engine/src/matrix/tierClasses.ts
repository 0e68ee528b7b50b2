/**
 * Pod classes when ClusterNetworkPolicies are in force: the NetworkPolicy classes
 * (`buildClassView`) split further by every fact the tier walk reads of a pod — whether it
 * is host-network, which cluster policies select it as subject, which `pods` / `nodes` /
 * `networks` peers match it (labels, its IPs against the peers' CIDRs, the nodes that own
 * its IPs), and the numbers behind the named ports cluster rules name. Two pods with equal
 * facts get equal verdicts from every other pod, so one representative pair per class pair
 * decides the matrix.
 */
import type { PodEndpoint } from '../model';
import { PROTOCOLS } from '../model';
import type { PolicyModel, ResolvedEndpoint } from '../evaluate';
import { peerMatch, resolveNamedPort, subjectSelects } from '../evaluate';
import type { NamedPortKey, PodClasses } from './classes';
import { buildClassView } from './classView';

export interface TierClasses extends PodClasses {
  /** Class index → a second pod of the class (-1 when it has one pod): the pair inside a class. */
  readonly seconds: Int32Array;
}

export function tierClasses(
  model: PolicyModel,
  extraNamedPorts: readonly NamedPortKey[] = [],
): TierClasses {
  const np = buildClassView(model, extraNamedPorts).classes;
  const pods = model.cluster.pods;
  const policies = model.clusterPolicies ?? [];
  const namedPorts = new Set<string>();
  for (const policy of policies)
    for (const rule of [...policy.ingress, ...policy.egress])
      for (const entry of rule.protocols ?? []) if (entry.kind === 'named') namedPorts.add(entry.name);
  const classOf = new Int32Array(pods.length);
  const ids = new Map<string, number>();
  pods.forEach((pod, i) => {
    const key = `${np.classOf[i] as number}|${clusterFacts(model, pod, i, namedPorts)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    classOf[i] = id;
  });
  const count = ids.size;
  const representatives = new Int32Array(count).fill(-1);
  const seconds = new Int32Array(count).fill(-1);
  const sizes = new Int32Array(count);
  for (let i = 0; i < pods.length; i++) {
    const c = classOf[i] as number;
    if (representatives[c] === -1) representatives[c] = i;
    else if (seconds[c] === -1) seconds[c] = i;
    sizes[c] = (sizes[c] as number) + 1;
  }
  return { classOf, count, representatives, sizes, seconds };
}

/** The tier walk's view of one pod, as a string: equal strings, equal answers. */
function clusterFacts(
  model: PolicyModel,
  pod: PodEndpoint,
  index: number,
  namedPorts: ReadonlySet<string>,
): string {
  const self: ResolvedEndpoint = { kind: 'pod', index, pod, label: pod.id };
  let facts = pod.hostNetwork ? 'h' : '-';
  for (const policy of model.clusterPolicies ?? []) {
    facts += subjectSelects(model, policy, pod) ? 's' : '-';
    for (const rule of [...policy.ingress, ...policy.egress])
      for (const peer of rule.peers) facts += peerMatch(model, peer, rule, self)[0];
  }
  for (const name of namedPorts)
    for (const protocol of PROTOCOLS) facts += `,${resolveNamedPort(pod.ports, name, protocol) ?? ''}`;
  return facts;
}
