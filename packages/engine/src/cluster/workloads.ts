import type { LoadedObject } from '../model';
import type { Plain } from '../util';
import { arrayAt, isPlain, objectAt, POD_TEMPLATE_PATHS, scalarText } from '../util';

export function isWorkload(object: LoadedObject): boolean {
  return Object.prototype.hasOwnProperty.call(POD_TEMPLATE_PATHS, object.kind);
}

/** The pod template (`metadata` + `spec`) of a workload, if it has one. */
export function podTemplate(object: LoadedObject): Plain | undefined {
  let node: Plain | undefined = object.object;
  for (const key of POD_TEMPLATE_PATHS[object.kind] ?? []) node = objectAt(node, key);
  return node;
}

/**
 * How many pods the workload asks for: `spec.replicas` (default 1) for Deployment,
 * StatefulSet and ReplicaSet, `parallelism` (default 1) for Job and CronJob, and undefined
 * for a DaemonSet (one per node, unknown here).
 */
export function workloadReplicas(object: LoadedObject): number | undefined {
  const spec = objectAt(object.object, 'spec');
  const numberOr1 = (value: unknown): number => (typeof value === 'number' ? value : 1);
  switch (object.kind) {
    case 'DaemonSet':
      return undefined;
    case 'Job':
      return numberOr1(spec?.['parallelism']);
    case 'CronJob':
      return numberOr1(objectAt(objectAt(spec, 'jobTemplate'), 'spec')?.['parallelism']);
    default:
      return numberOr1(spec?.['replicas']);
  }
}

function ownerKeys(object: LoadedObject): string[] {
  const refs = arrayAt(objectAt(object.object, 'metadata'), 'ownerReferences') ?? [];
  return refs
    .filter(isPlain)
    .map((ref) =>
      key(object.namespace, scalarText(ref['kind']) ?? '', scalarText(ref['name']) ?? ''),
    );
}

function key(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/**
 * Workloads whose pods are already in the input, so they must not add a representative pod:
 * a `kubectl get all -o yaml` dump holds a Deployment, its ReplicaSet and its Pods. A workload
 * is covered when a loaded workload owns it (ReplicaSet → Deployment, Job → CronJob) or
 * when a loaded Pod descends from it through `ownerReferences`.
 */
export function coveredWorkloads(objects: readonly LoadedObject[]): Set<LoadedObject> {
  const byKey = new Map<string, LoadedObject>();
  for (const o of objects) if (isWorkload(o)) byKey.set(key(o.namespace, o.kind, o.name), o);
  const covered = new Set<LoadedObject>();
  const visited = new Set<LoadedObject>();
  const markAncestors = (start: LoadedObject): void => {
    const queue = ownerKeys(start);
    while (queue.length > 0) {
      const owner = byKey.get(queue.pop() as string);
      if (!owner || visited.has(owner)) continue;
      visited.add(owner);
      covered.add(owner);
      queue.push(...ownerKeys(owner));
    }
  };
  for (const o of objects) {
    if (o.kind === 'Pod') markAncestors(o);
    else if (isWorkload(o) && ownerKeys(o).some((k) => byKey.has(k))) covered.add(o);
  }
  return covered;
}
