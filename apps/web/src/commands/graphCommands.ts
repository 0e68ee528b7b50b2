import { appendDocuments, removeObject, replaceObject, setLabels } from '@netpol/engine';
import type { Labels, NetworkPolicyObject, ObjectRef, PolicyEdit } from '@netpol/engine';
import type { Command, CommandOutcome } from './command';

/** Writes the policies the allow dialog generated: new ones appended, extended ones replaced. */
export const allowFlow: Command<{ edits: readonly PolicyEdit[] }> = {
  id: 'graph.allowFlow',
  label: 'Allow this traffic',
  run(text, { edits }): CommandOutcome {
    let next = text;
    for (const edit of edits) {
      // An extended policy is rewritten where it stands.
      if (edit.kind !== 'extend') continue;
      const replaced = replaceObject(next, edit.original, edit.policy);
      if (!replaced.ok) return { text, message: replaced.message };
      next = replaced.text;
    }
    return {
      text: appendDocuments(
        next,
        edits.filter((e) => e.kind === 'create').map((e) => e.policy),
      ),
    };
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
  run: (text, { namespace, direction, taken }) => ({
    text: appendDocuments(text, [defaultDenyPolicy(namespace, direction, defaultDenyName(direction, taken))]),
  }),
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
  run: (text, { name, labels }) => ({
    text: appendDocuments(text, [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }]),
  }),
};
