// Test helper: YAML text → cluster + compiled policies + model, through the real pipeline.
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { createPolicyModel } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { loadText } from '../src/load';
import type { LoadedObject } from '../src/model/loaded';

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
