import { useMemo } from 'react';
import {
  generateAllowPolicy,
  placementOptions,
  proposeNamespaceLabels,
  proposeSelectors,
  type GenerateChoices,
  type Labels,
  type PlacementOption,
  type Placement,
  type Protocol,
} from '@netpol/engine';
import type { Derivation } from '../../analysis/derive';
import { intentDestination, intentOf, intentSource, type EndpointId } from './allowIntent';

/** What the user set in the dialog; everything absent takes the engine's proposal. */
export interface AllowFormState {
  readonly from: EndpointId;
  readonly to: EndpointId;
  readonly port: string;
  readonly protocol: Protocol;
  /** Chosen pod labels, by pod id (so switching ends keeps each end's choice). */
  readonly podLabels: Readonly<Record<string, Labels>>;
  readonly namespaceLabels?: Labels;
  readonly includeDns?: boolean;
  /** `new`, or `extend:<ns>/<name>` (the `allow-dialog-placement` values). */
  readonly placement: string;
  /** The name as typed; null (or blank) = the engine's default name. */
  readonly name: string | null;
}

export function placementValue(option: PlacementOption): string {
  return `extend:${option.namespace}/${option.name}`;
}

function parsePlacement(value: string): Placement {
  const match = /^extend:([^/]+)\/(.+)$/.exec(value);
  return match
    ? { kind: 'extend', namespace: match[1] ?? '', name: match[2] ?? '' }
    : { kind: 'new' };
}

/** The proposals for both ends, the placement options and the generated result, memoised. */
export function useAllowGeneration(derivation: Derivation | null, form: AllowFormState) {
  const cluster = derivation?.result.cluster;
  const from = intentSource(form.from);
  const to = intentDestination(form.to);
  const sourceProposal = useMemo(
    () => (cluster && from?.kind === 'pod' ? proposeSelectors(cluster, from.id) : undefined),
    [cluster, form.from], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const destinationProposal = useMemo(
    () => (cluster && to?.kind === 'pod' ? proposeSelectors(cluster, to.id) : undefined),
    [cluster, form.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const namespaceCandidates = useMemo(
    () => (cluster && from?.kind === 'namespace' ? proposeNamespaceLabels(cluster, from.name) : []),
    [cluster, form.from], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const sourceLabels =
    (from?.kind === 'pod' && form.podLabels[from.id]) || sourceProposal?.preferred;
  const destinationLabels =
    (to?.kind === 'pod' && form.podLabels[to.id]) || destinationProposal?.preferred;

  const generated = useMemo(() => {
    if (!derivation || !from || !to) return null;
    const intent = intentOf(from, to, form.port, form.protocol);
    const choices: GenerateChoices = {
      sourceLabels,
      destinationLabels,
      namespaceLabels: from.kind === 'namespace' ? form.namespaceLabels : undefined,
      includeDns: form.includeDns,
      name: form.name?.trim() || undefined,
    };
    const asNew = generateAllowPolicy(derivation.result, intent, choices);
    // The placement picker lists the policies that already select the end the first rule is for.
    const first = asNew.edits[0];
    const podId =
      first?.direction === 'egress'
        ? from.kind === 'pod'
          ? from.id
          : ''
        : to.kind === 'pod'
          ? to.id
          : '';
    const options =
      first && podId ? placementOptions(derivation.result, podId, first.direction) : [];
    const placement = options.some((o) => placementValue(o) === form.placement)
      ? parsePlacement(form.placement)
      : null;
    const result = placement
      ? generateAllowPolicy(derivation.result, intent, { ...choices, placement })
      : asNew;
    return {
      result,
      options,
      defaultName: asNew.edits.find((e) => e.kind === 'create')?.policy.metadata.name ?? '',
    };
  }, [derivation, form, sourceLabels, destinationLabels]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    from,
    to,
    sourceProposal,
    destinationProposal,
    namespaceCandidates,
    sourceLabels,
    destinationLabels,
    generated,
  };
}
