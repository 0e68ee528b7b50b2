import { useEffect, useMemo, useState } from 'react';
import { PROTOCOLS, generateAllowPolicy, proposeSelectors, type Labels, type Protocol } from '@netpol/engine';
import { useAnalysis } from '../../analysis/analysisStore';
import { clusterViewOf } from '../../analysis/selectors';
import { allowFlow } from '../../commands/graphCommands';
import { runCommand } from '../../commands/command';
import { useAppStore } from '../../state/store';
import type { FlowPair } from '../../state/graphSlice';
import { intentDestination, intentOf, intentSource, proposedPort } from './allowIntent';
import { ImpactView } from './ImpactView';
import { SelectorChooser } from './SelectorChooser';
import { adminDenial, refusalText } from './tierRefusal';
import styles from './AllowDialog.module.css';

/** A node id as a short name: the pod's name, `namespace X`, or the CIDR. */
function shortName(nodeId: string): string {
  if (nodeId.startsWith('ns:')) return `namespace ${nodeId.slice(3)}`;
  if (nodeId.startsWith('cidr:')) return nodeId.slice(5);
  return nodeId.slice(nodeId.indexOf('/') + 1);
}

function longName(nodeId: string): string {
  if (nodeId.startsWith('ns:')) return `every pod of namespace ${nodeId.slice(3)}`;
  if (nodeId.startsWith('cidr:')) return `addresses in ${nodeId.slice(5)}`;
  return `pod ${nodeId}`;
}

/** The form that opens when a user draws an edge: "allow this traffic". */
export function AllowDialog() {
  const draft = useAppStore((s) => s.allowDraft);
  return draft ? <AllowForm key={`${draft.from}->${draft.to}`} draft={draft} /> : null;
}

function AllowForm({ draft }: { draft: FlowPair }) {
  const derivation = useAnalysis();
  const close = useAppStore((s) => s.openAllowDialog);
  const view = derivation ? clusterViewOf(derivation) : null;
  const from = intentSource(draft.from);
  const to = intentDestination(draft.to);
  const sourceProposal = useMemo(
    () => (derivation && from.kind === 'pod' ? proposeSelectors(derivation.result.cluster, from.id) : undefined),
    [derivation, from.kind, draft.from], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const destinationProposal = useMemo(
    () => (derivation && to?.kind === 'pod' ? proposeSelectors(derivation.result.cluster, to.id) : undefined),
    [derivation, to?.kind, draft.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const initialPort = view && to ? proposedPort(view, to) : undefined;
  const [port, setPort] = useState(initialPort ? String(initialPort.port) : '');
  const [protocol, setProtocol] = useState<Protocol>(initialPort?.protocol ?? 'TCP');
  const [sourceLabels, setSourceLabels] = useState<Labels | undefined>(sourceProposal?.preferred);
  const [destinationLabels, setDestinationLabels] = useState<Labels | undefined>(destinationProposal?.preferred);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  const result = useMemo(() => {
    if (!derivation || !to) return null;
    return generateAllowPolicy(derivation.result, intentOf(from, to, port, protocol), {
      sourceLabels,
      destinationLabels,
    });
  }, [derivation, draft, port, protocol, sourceLabels, destinationLabels]); // eslint-disable-line react-hooks/exhaustive-deps

  // Separate from the planning above: an Admin Deny decides before any NetworkPolicy.
  const refused = useMemo(() => {
    if (!derivation || !to) return undefined;
    const intent = intentOf(from, to, port, protocol);
    return adminDenial(derivation.result.model, from, to, intent.port, protocol);
  }, [derivation, draft, port, protocol]); // eslint-disable-line react-hooks/exhaustive-deps

  const create = () => {
    if (refused || !result || result.edits.length === 0) return;
    runCommand(allowFlow, { edits: result.edits });
    close(null);
  };

  return (
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && close(null)}>
      <div
        className={styles.dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="allow-dialog-title"
        data-testid="allow-dialog"
      >
        <h2 id="allow-dialog-title" className={styles.title}>
          Allow {shortName(draft.from)} → {shortName(draft.to)}
        </h2>
        <p className={styles.subtitle}>
          {longName(draft.from)} → {longName(draft.to)}
        </p>
        {!to ? (
          <p className={styles.problem}>Draw the edge to a pod (or an external network): a namespace is not a destination.</p>
        ) : (
          <>
            <div className={styles.grid}>
              {sourceProposal && (
                <SelectorChooser
                  title="Source pods selected by"
                  testId="allow-dialog-source"
                  proposal={sourceProposal}
                  chosen={sourceLabels ?? {}}
                  onChange={setSourceLabels}
                />
              )}
              {destinationProposal && (
                <SelectorChooser
                  title="Destination pods selected by"
                  testId="allow-dialog-destination"
                  proposal={destinationProposal}
                  chosen={destinationLabels ?? {}}
                  onChange={setDestinationLabels}
                />
              )}
            </div>
            <div className={styles.portRow}>
              <label>
                Protocol{' '}
                <select
                  data-testid="allow-dialog-protocol"
                  value={protocol}
                  onChange={(e) => setProtocol(e.target.value as Protocol)}
                >
                  {PROTOCOLS.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </label>
              <label>
                Port{' '}
                <input
                  data-testid="allow-dialog-port"
                  value={port}
                  placeholder="all ports"
                  onChange={(e) => setPort(e.target.value)}
                  list="allow-dialog-ports"
                  autoFocus
                />
              </label>
              {view && to.kind === 'pod' && (
                <datalist id="allow-dialog-ports">
                  {view.podsById.get(to.id)?.ports.map((p) => (
                    <option key={`${p.protocol}${p.port}`} value={p.port}>
                      {p.protocol} {p.port} {p.name}
                    </option>
                  ))}
                </datalist>
              )}
            </div>
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
          <button type="button" className={styles.secondary} onClick={() => close(null)}>
            Cancel
          </button>
          <button
            type="button"
            className={styles.primary}
            data-testid="allow-dialog-create"
            disabled={refused !== undefined || !result || result.edits.length === 0}
            onClick={create}
          >
            {result?.edits.some((e) => e.kind === 'extend') ? 'Update policy' : 'Create policy'}
          </button>
        </div>
      </div>
    </div>
  );
}
