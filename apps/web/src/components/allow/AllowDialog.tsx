import { useEffect, useMemo, useRef, useState } from 'react';
import { PROTOCOLS, type Protocol } from '@netpol/engine';
import { useAnalysis } from '../../analysis/analysisStore';
import { clusterViewOf } from '../../analysis/selectors';
import { useAppStore } from '../../state/store';
import type { FlowPair } from '../../state/graphSlice';
import { Dialog } from '../common/Dialog';
import { endpointDescription, intentOf, proposedPort } from './allowIntent';
import { writeAllowEdits } from './afterCreate';
import { EndpointPicker } from './EndpointPicker';
import { ImpactView } from './ImpactView';
import { LabelFirstHint, wantsRoleLabel } from './LabelFirstHint';
import { NamespaceLabelChooser } from './NamespaceLabelChooser';
import { PlacementFields } from './PlacementFields';
import { SelectorChooser } from './SelectorChooser';
import { adminDenial, refusalText } from './tierRefusal';
import { useAllowGeneration, type AllowFormState } from './useAllowGeneration';
import styles from './AllowDialog.module.css';
import { parseNodeId } from '../../analysis/graphData';

/**
 * "Allow this traffic": opened by drawing an edge, by "Allow…" on a pod, namespace, denied
 * flow or matrix cell, or from the command palette (then with empty ends). Everything
 * works from the keyboard: pickers for both ends, Enter in a valid dialog creates.
 */
export function AllowDialog() {
  const draft = useAppStore((s) => s.allowDraft);
  const close = useAppStore((s) => s.openAllowDialog);
  return (
    <Dialog
      open={draft !== null}
      title="Allow traffic"
      onClose={() => close(null)}
      testId="allow-dialog"
      width={680}
    >
      {draft && (
        <AllowForm key={`${draft.from}->${draft.to}`} draft={draft} onDone={() => close(null)} />
      )}
    </Dialog>
  );
}

function AllowForm({ draft, onDone }: { draft: FlowPair; onDone: () => void }) {
  const derivation = useAnalysis();
  const view = derivation ? clusterViewOf(derivation) : null;
  const [form, setForm] = useState<AllowFormState>(() => {
    const port =
      view && draft.to && parseNodeId(draft.to).kind !== 'namespace'
        ? view.podsById.get(draft.to)?.ports[0]
        : undefined;
    return {
      from: draft.from,
      to: parseNodeId(draft.to).kind === 'namespace' ? '' : draft.to,
      port: port ? String(port.port) : '',
      protocol: port?.protocol ?? 'TCP',
      podLabels: {},
      placement: 'new',
      name: null,
    };
  });
  const portRef = useRef<HTMLInputElement>(null);
  const focusPort = () => requestAnimationFrame(() => portRef.current?.focus());
  // First focus: the first end still to pick, else the port (a drawn edge has both ends).
  // After the dialog's showModal (which focuses its first field), hence the frame's delay.
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = draft.from === '' ? 'allow-dialog-from' : draft.to === '' || parseNodeId(draft.to).kind === 'namespace' ? 'allow-dialog-to' : 'allow-dialog-port';
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-testid="${target}"]`)?.focus());
    return () => cancelAnimationFrame(frame);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const update = (patch: Partial<AllowFormState>) => setForm((f) => ({ ...f, ...patch }));
  const g = useAllowGeneration(derivation, form);
  const result = g.generated?.result ?? null;
  // Apart from the planning above: an Admin-tier Deny decides before any NetworkPolicy.
  const { from: intentFrom, to: intentTo } = g;
  const refused = useMemo(() => {
    if (!derivation || !intentFrom || !intentTo) return undefined;
    const intent = intentOf(intentFrom, intentTo, form.port, form.protocol);
    return adminDenial(derivation.result.model, intentFrom, intentTo, intent.port, form.protocol);
  }, [derivation, form.from, form.to, form.port, form.protocol]); // eslint-disable-line react-hooks/exhaustive-deps
  const canCreate = refused === undefined && result !== null && result.edits.length > 0;

  const create = () => {
    if (!result || !canCreate) return;
    writeAllowEdits(result.edits, { from: form.from, to: form.to });
    onDone();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (
      event.key !== 'Enter' ||
      event.defaultPrevented ||
      ['BUTTON', 'TEXTAREA', 'A'].includes(target.tagName)
    )
      return;
    event.preventDefault();
    create();
  };
  // A new destination pod brings its first container port (the traffic a person most likely means).
  const setTo = (to: string) => {
    const first = view ? proposedPort(view, { kind: 'pod', id: to }) : undefined;
    update({
      to,
      placement: 'new',
      ...(first ? { port: String(first.port), protocol: first.protocol } : {}),
    });
  };
  const sourcePod = g.from?.kind === 'pod' ? view?.podsById.get(g.from.id) : undefined;
  const destinationPod = g.to?.kind === 'pod' ? view?.podsById.get(g.to.id) : undefined;

  return (
    <div className={styles.form} onKeyDown={onKeyDown} ref={formRef}>
      {view && (
        <div className={styles.ends}>
          <EndpointPicker
            label="From"
            side="from"
            testId="allow-dialog-from"
            view={view}
            value={form.from}
            onChange={(from) => update({ from, placement: 'new', namespaceLabels: undefined })}
          />
          <span className={styles.arrow} aria-hidden="true">
            →
          </span>
          <EndpointPicker
            label="To"
            side="to"
            testId="allow-dialog-to"
            view={view}
            value={form.to}
            onChange={setTo}
          />
        </div>
      )}
      <p className={styles.subtitle}>
        {endpointDescription(form.from)} → {endpointDescription(form.to)}
      </p>
      {g.from && g.to && (
        <>
          <div className={styles.grid}>
            {g.sourceProposal && (
              <SelectorChooser
                title="Source pods selected by"
                testId="allow-dialog-source"
                proposal={g.sourceProposal}
                chosen={g.sourceLabels ?? {}}
                onChange={(labels) =>
                  update({ podLabels: { ...form.podLabels, [g.sourceProposal!.podId]: labels } })
                }
              />
            )}
            {sourcePod && g.sourceProposal && wantsRoleLabel(g.sourceProposal) && (
              <LabelFirstHint pod={sourcePod} suggestedKey="role" onAdded={focusPort} />
            )}
            {g.namespaceCandidates.length > 0 && (
              <NamespaceLabelChooser
                candidates={g.namespaceCandidates}
                chosen={
                  form.namespaceLabels ?? {
                    [g.namespaceCandidates[0]!.key]: g.namespaceCandidates[0]!.value,
                  }
                }
                onChange={(namespaceLabels) => update({ namespaceLabels })}
              />
            )}
            {g.destinationProposal && (
              <SelectorChooser
                title="Destination pods selected by"
                testId="allow-dialog-destination"
                proposal={g.destinationProposal}
                chosen={g.destinationLabels ?? {}}
                onChange={(labels) =>
                  update({
                    podLabels: { ...form.podLabels, [g.destinationProposal!.podId]: labels },
                  })
                }
              />
            )}
            {destinationPod && g.destinationProposal && wantsRoleLabel(g.destinationProposal) && (
              <LabelFirstHint pod={destinationPod} suggestedKey="type" onAdded={focusPort} />
            )}
          </div>
          <div className={styles.portRow}>
            <label>
              Protocol{' '}
              <select
                data-testid="allow-dialog-protocol"
                value={form.protocol}
                onChange={(e) => update({ protocol: e.target.value as Protocol })}
              >
                {PROTOCOLS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
            <label>
              Port{' '}
              <input
                ref={portRef}
                data-testid="allow-dialog-port"
                value={form.port}
                placeholder="all ports"
                onChange={(e) => update({ port: e.target.value })}
                list="allow-dialog-ports"
              />
            </label>
            {destinationPod && (
              <datalist id="allow-dialog-ports">
                {destinationPod.ports.map((p) => (
                  <option key={`${p.protocol}${p.port}`} value={p.port}>
                    {p.protocol} {p.port} {p.name}
                  </option>
                ))}
              </datalist>
            )}
            {result?.dnsOffered && (
              <label title="Once egress-isolated, the source cannot resolve names without it">
                <input
                  type="checkbox"
                  data-testid="allow-dialog-dns"
                  checked={result.dnsIncluded}
                  onChange={(e) => update({ includeDns: e.target.checked })}
                />{' '}
                also allow DNS (UDP/TCP 53)
              </label>
            )}
          </div>
          {!refused && g.generated && result && result.edits.length > 0 && (
            <PlacementFields
              options={g.generated.options}
              placement={form.placement}
              name={form.name}
              defaultName={g.generated.defaultName}
              onPlacement={(placement) => update({ placement })}
              onName={(name) => update({ name })}
            />
          )}
          {refused ? (
            <p className={styles.problem} data-testid="allow-dialog-refused">
              {refusalText(refused)}
            </p>
          ) : (
            result && <ImpactView result={result} />
          )}
        </>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className={styles.primary}
          data-testid="allow-dialog-create"
          disabled={!canCreate}
          onClick={create}
        >
          {result?.edits.some((e) => e.kind === 'extend') ? 'Add rule' : 'Create policy'}
        </button>
      </div>
    </div>
  );
}
