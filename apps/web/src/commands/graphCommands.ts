import * as engine from '@netpol/engine';
import type { Labels, NetworkPolicyObject, ObjectRef, PolicyEdit } from '@netpol/engine';
import type { Command } from './command';

// The engine's text-edit step (`edit/`) is landing; until it exports these, commands are no-ops.
interface EditApi {
  appendDocuments(text: string, objects: readonly unknown[]): string;
  removeObject(text: string, ref: ObjectRef): string;
  setLabels(text: string, ref: ObjectRef, labels: Labels, path?: string): string;
}
const edit = engine as unknown as Partial<EditApi>;
const appendDocuments = (text: string, objects: readonly unknown[]) => edit.appendDocuments?.(text, objects) ?? text;
const removeObject = (text: string, ref: ObjectRef) => edit.removeObject?.(text, ref) ?? text;
const setLabels = (text: string, ref: ObjectRef, labels: Labels, path?: string) =>
  edit.setLabels?.(text, ref, labels, path) ?? text;

/** Writes the policies the allow dialog generated: new ones appended, extended ones replaced. */
export const allowFlow: Command<{ edits: readonly PolicyEdit[] }> = {
  id: 'graph.allowFlow',
  label: 'Allow this traffic',
  run(text, { edits }) {
    let next = text;
    for (const edit of edits) {
      // An extended policy replaces the original: remove it, then append the new version.
      if (edit.kind === 'extend') next = removeObject(next, edit.original);
    }
    return appendDocuments(
      next,
      edits.map((e) => e.policy),
    );
  },
};

/** Deletes a NetworkPolicy (or any object) from the workspace. */
export const deleteObject: Command<{ ref: ObjectRef }> = {
  id: 'graph.deleteObject',
  label: 'Delete',
  run: (text, { ref }) => removeObject(text, ref),
};

export type DenyDirection = 'ingress' | 'egress' | 'both';

/** The policy that denies all traffic of a namespace's pods in the given direction(s). */
export function defaultDenyPolicy(namespace: string, direction: DenyDirection, name: string): NetworkPolicyObject {
  const policyTypes = direction === 'both' ? ['Ingress', 'Egress'] : direction === 'ingress' ? ['Ingress'] : ['Egress'];
  // `podSelector: {}` selects every pod of the namespace; listing a policy type with no
  // rules of that type isolates the pods for it and allows nothing.
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: { podSelector: {}, policyTypes },
  };
}

/** The conventional name of a default-deny policy, made unique among `taken`. */
export function defaultDenyName(direction: DenyDirection, taken: ReadonlySet<string>): string {
  const base = direction === 'both' ? 'default-deny-all' : `default-deny-${direction}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  return name;
}

/** Adds a default-deny policy to a namespace. */
export const addDefaultDeny: Command<{ namespace: string; direction: DenyDirection; taken: ReadonlySet<string> }> = {
  id: 'graph.addDefaultDeny',
  label: 'Add default-deny',
  run: (text, { namespace, direction, taken }) =>
    appendDocuments(text, [defaultDenyPolicy(namespace, direction, defaultDenyName(direction, taken))]),
};

/**
 * Replaces the labels of a pod, a workload's pod template or a namespace. `path` is the
 * labels' field path (`spec.template.metadata.labels` for workloads).
 */
export const editLabels: Command<{ ref: ObjectRef; labels: Labels; path?: string }> = {
  id: 'graph.editLabels',
  label: 'Edit labels',
  run: (text, { ref, labels, path }) => setLabels(text, ref, labels, path),
};

/** Declares a namespace that pods or policies only imply, with the given labels. */
export const declareNamespace: Command<{ name: string; labels: Labels }> = {
  id: 'graph.declareNamespace',
  label: 'Declare namespace',
  run: (text, { name, labels }) =>
    appendDocuments(text, [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }]),
};
