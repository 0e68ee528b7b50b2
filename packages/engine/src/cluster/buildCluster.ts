import type { Cluster, Diagnostic, LoadedObject, NamespaceInfo, PodEndpoint } from '../model';
import { makeDiagnostic } from '../model';
import type { Labels } from '../selector';
import { arrayAt, isPlain, objectAt, scalarText } from '../util';
import { readHostNetwork, readLabels, readPodIps, readPorts } from './podSpec';
import { coveredWorkloads, isWorkload, podTemplate, workloadReplicas } from './workloads';

/** The label the apiserver puts on every namespace (immutable, equal to its name). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * Builds the cluster the policies act on: namespaces and pods as network endpoints.
 * Pods come from Pod objects and from workloads (one representative pod per workload, from
 * its template, named after the workload). Namespaces used by pods or policies without a
 * Namespace object are implied. Duplicate pod ids keep the first and report a diagnostic.
 */
export function buildCluster(objects: readonly LoadedObject[]): {
  cluster: Cluster;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const covered = coveredWorkloads(objects);
  const pods: PodEndpoint[] = [];
  const byId = new Map<string, { index: number; object: LoadedObject }>();
  for (const object of objects) {
    const pod =
      object.kind === 'Pod'
        ? podFromPod(object)
        : isWorkload(object) && !covered.has(object)
          ? podFromWorkload(object)
          : undefined;
    if (!pod) continue;
    const earlier = byId.get(pod.id);
    if (earlier && earlier.object.kind === object.kind) {
      // The same object twice: `kubectl apply` applies both in turn, so the last one stays.
      diagnostics.push(replacedPod(earlier.object, pod.id));
      pods[earlier.index] = pod;
      byId.set(pod.id, { index: earlier.index, object });
      continue;
    }
    if (earlier) {
      diagnostics.push(duplicatePod(object, pod.id));
      continue;
    }
    byId.set(pod.id, { index: pods.length, object });
    pods.push(pod);
  }
  return { cluster: { namespaces: collectNamespaces(objects, pods), pods }, diagnostics };
}

function podFromPod(object: LoadedObject): PodEndpoint {
  const spec = objectAt(object.object, 'spec');
  return endpoint(
    object,
    object.name || generatedName(object),
    readLabels(objectAt(object.object, 'metadata')),
    {
      ips: readPodIps(objectAt(object.object, 'status')),
      spec,
      replicas: 1,
      owner: controllerOf(object),
    },
  );
}

/** The `ownerReferences` entry marked `controller: true`, if any. */
function controllerOf(object: LoadedObject): { kind: string; name: string } | undefined {
  const refs = arrayAt(objectAt(object.object, 'metadata'), 'ownerReferences') ?? [];
  const ref = refs.filter(isPlain).find((r) => r['controller'] === true);
  const kind = scalarText(ref?.['kind']);
  const name = scalarText(ref?.['name']);
  return kind && name ? { kind, name } : undefined;
}

function podFromWorkload(object: LoadedObject): PodEndpoint | undefined {
  const template = podTemplate(object);
  if (!template) return undefined;
  return endpoint(
    object,
    object.name || generatedName(object),
    readLabels(objectAt(template, 'metadata')),
    {
      ips: [],
      spec: objectAt(template, 'spec'),
      replicas: workloadReplicas(object),
    },
  );
}

function endpoint(
  object: LoadedObject,
  name: string,
  labels: Labels,
  extra: {
    ips: string[];
    spec: ReturnType<typeof objectAt>;
    replicas: number | undefined;
    owner?: { kind: string; name: string } | undefined;
  },
): PodEndpoint {
  return {
    id: `${object.namespace}/${name}`,
    namespace: object.namespace,
    name,
    labels,
    ips: extra.ips,
    ports: readPorts(extra.spec),
    hostNetwork: readHostNetwork(extra.spec),
    origin: {
      kind: object.kind,
      name,
      ...(extra.replicas === undefined ? {} : { replicas: extra.replicas }),
      ...(extra.owner ? { owner: extra.owner } : {}),
    },
    source: object.ref,
  };
}

function generatedName(object: LoadedObject): string {
  const generate = objectAt(object.object, 'metadata')?.['generateName'];
  return typeof generate === 'string' ? `${generate}*` : '';
}

/**
 * Declared namespaces (with `kubernetes.io/metadata.name` added, as the apiserver does),
 * then namespaces that pods or policies use without a Namespace object, in order of first use.
 */
function collectNamespaces(
  objects: readonly LoadedObject[],
  pods: readonly PodEndpoint[],
): NamespaceInfo[] {
  const namespaces = new Map<string, NamespaceInfo>();
  for (const object of objects) {
    if (object.kind !== 'Namespace' || namespaces.has(object.name)) continue;
    const labels = {
      ...readLabels(objectAt(object.object, 'metadata')),
      [NAMESPACE_NAME_LABEL]: object.name,
    };
    namespaces.set(object.name, { name: object.name, labels, implied: false, source: object.ref });
  }
  const used = [
    ...pods.map((p) => p.namespace),
    ...objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.namespace),
  ];
  for (const name of used) {
    if (namespaces.has(name)) continue;
    namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name }, implied: true });
  }
  return [...namespaces.values()];
}

function replacedPod(object: LoadedObject, id: string): Diagnostic {
  return makeDiagnostic('DUPLICATE_POD', {
    message: `${object.kind} ${id} is defined again later; kubectl apply keeps the last definition, so this one is not drawn`,
    file: object.ref.file,
    documentIndex: object.ref.documentIndex,
    range: object.fieldRanges['metadata.name'] ?? object.range,
    ref: object.ref,
    hint: 'Delete the copy, or give it its own name.',
  });
}

/** Two different objects (e.g. a Pod and a Deployment) that would draw as one pod id. */
function duplicatePod(object: LoadedObject, id: string): Diagnostic {
  return makeDiagnostic('DUPLICATE_POD', {
    message: `pod ${id} is defined more than once; the first definition is used`,
    file: object.ref.file,
    documentIndex: object.ref.documentIndex,
    range: object.range,
    ref: object.ref,
    hint: 'Give each Pod and workload in a namespace its own name.',
  });
}
