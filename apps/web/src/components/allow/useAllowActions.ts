import { useMemo, useRef } from 'react';
import { useRegisterActions, type Action } from '../../commands/actions';
import { runCommand } from '../../commands/command';
import { addDefaultDeny } from '../../commands/graphCommands';
import { useClusterView } from '../../analysis/selectors';
import { useAppStore } from '../../state/store';
import type { FlowPair } from '../../state/graphSlice';

/** Namespaces beyond this many get no "Deny all ingress in …" entry each: the palette stays short. */
const MAX_NAMESPACE_ACTIONS = 30;

/** The allow dialog's ends from what is selected: a flow, else a pod (as destination), else a namespace (as source). */
export function draftFromSelection(): FlowPair {
  const s = useAppStore.getState();
  if (s.selectedFlow) return s.selectedFlow;
  if (s.selectedPod) return { from: '', to: s.selectedPod };
  if (s.selectedNamespace) return { from: `ns:${s.selectedNamespace}`, to: '' };
  return { from: '', to: '' };
}

/** "Allow traffic…" and one "Deny all ingress in <ns>" per namespace, for the palette. */
export function useAllowActions(): void {
  const view = useClusterView();
  // Re-registered only when the namespaces change, not on every analysis; runs read the latest view.
  const viewRef = useRef(view);
  viewRef.current = view;
  const names = view?.namespaces.slice(0, MAX_NAMESPACE_ACTIONS).map((ns) => ns.name).join('\n') ?? '';
  const actions = useMemo<Action[]>(() => {
    const allow: Action = {
      id: 'graph.allowTraffic',
      label: 'Allow traffic…',
      section: 'Graph',
      keywords: 'policy edge flow draw generate',
      enabled: () => useAppStore.getState().allowDraft === null,
      run: () => useAppStore.getState().openAllowDialog(draftFromSelection()),
    };
    const deny = (names === '' ? [] : names.split('\n')).map(
      (name): Action => ({
        id: `graph.denyIngress:${name}`,
        label: `Deny all ingress in ${name}`,
        section: 'Graph',
        keywords: 'default-deny policy isolate',
        run: () => {
          const policies = viewRef.current?.policies ?? [];
          const taken = new Set(policies.filter((p) => p.ref.namespace === name).map((p) => p.ref.name));
          runCommand(addDefaultDeny, { namespace: name, direction: 'ingress', taken });
        },
      }),
    );
    return [allow, ...deny];
  }, [names]);
  useRegisterActions(actions);
}
