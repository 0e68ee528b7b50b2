// Test helper: YAML text → cluster + compiled policies + model, through the real pipeline.
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { createPolicyModel } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { loadText } from '../src/load';
import type { LoadedObject } from '../src/model/loaded';
import { EMPTY_RANGE } from '../src/model';

export function loadObjects(...texts: string[]): LoadedObject[] {
  return loadObjectsIn('default', ...texts);
}

/** Loads texts whose objects without `metadata.namespace` go to `defaultNamespace`. */
export function loadObjectsIn(defaultNamespace: string, ...texts: string[]): LoadedObject[] {
  return texts.flatMap((text, i) => {
    const result = loadText(text, { file: `input-${i}.yaml`, defaultNamespace });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
      throw new Error(`test input does not load: ${errors.map((d) => d.message).join('; ')}`);
    return result.objects;
  });
}

export function modelFromYaml(...texts: string[]): PolicyModel {
  return modelFromObjects(loadObjects(...texts));
}

export function modelFromObjects(objects: readonly LoadedObject[]): PolicyModel {
  const { cluster } = buildCluster(objects);
  return createPolicyModel(cluster, compilePolicies(objects));
}

/**
 * Plain objects → LoadedObjects without parsing text (no source ranges), so property tests
 * exercise the semantics alone. Namespaced objects without a namespace go to `default`.
 */
export function loadedFromPlain(objects: readonly object[]): LoadedObject[] {
  return objects.map((value, documentIndex) => {
    const object = value as Record<string, unknown>;
    const metadata = (object['metadata'] ?? {}) as { name?: string; namespace?: string };
    const kind = String(object['kind']);
    const namespace = kind === 'Namespace' ? '' : (metadata.namespace ?? 'default');
    const name = metadata.name ?? '';
    return {
      ref: { kind, namespace, name, file: 'plain', documentIndex },
      apiVersion: String(object['apiVersion']),
      kind,
      name,
      namespace,
      object,
      range: EMPTY_RANGE,
      fieldRanges: {},
    };
  });
}
