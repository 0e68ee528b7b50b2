/** What the user asks for: "allow SOURCE → DESTINATION on PROTOCOL PORT". */
import type { Protocol } from '../model';
import type { Labels } from '../selector';
import { assertNever } from '../util';

/** Addresses: one CIDR (with optional holes), or the Internet preset (see `internet.ts`). */
export type IntentAddresses =
  | { readonly kind: 'cidr'; readonly cidr: string; readonly except?: readonly string[] }
  | { readonly kind: 'internet' };

export type IntentSource =
  | { readonly kind: 'pod'; readonly id: string }
  /** Every pod of the namespace, today's and future ones (see `GenerateChoices.namespaceLabels`). */
  | { readonly kind: 'namespace'; readonly name: string }
  | IntentAddresses;

export type IntentDestination = { readonly kind: 'pod'; readonly id: string } | IntentAddresses;

/** Where the rule goes: a new policy, or a new rule of an existing policy. */
export type Placement =
  | { readonly kind: 'new' }
  | { readonly kind: 'extend'; readonly namespace: string; readonly name: string };

export interface AllowIntent {
  readonly from: IntentSource;
  readonly to: IntentDestination;
  /** A port number, or a named container port of the destination; absent = all ports. */
  readonly port?: number | string;
  readonly protocol: Protocol;
}

/** Overrides of what `generateAllowPolicy` would choose. */
export interface GenerateChoices {
  /** Labels selecting the source pods (default: the source's preferred labels). */
  readonly sourceLabels?: Labels;
  /** Labels selecting the destination pods (default: the destination's preferred labels). */
  readonly destinationLabels?: Labels;
  /** Name of the ingress policy (or of the egress policy when only one is needed). */
  readonly name?: string;
  /** Name of the egress policy when both are generated. */
  readonly egressName?: string;
  /**
   * For a namespace source: the namespace labels the peer selects by (default: the
   * namespace's `kubernetes.io/metadata.name`). A label several namespaces share makes the
   * intent "any namespace with label X".
   */
  readonly namespaceLabels?: Labels;
  /**
   * Where the rule for the destination side (the source side when only egress is needed)
   * goes; default: a new policy. Any other side always gets a new policy.
   */
  readonly placement?: Placement;
  /**
   * Whether a NEW egress policy also allows DNS (UDP and TCP 53) — the source needs it as
   * soon as it becomes egress-isolated. Default: true.
   */
  readonly includeDns?: boolean;
  /** Write the policy even when the flow is already allowed (e.g. to pin it down before a deny-all). */
  readonly evenIfAllowed?: boolean;
}

/** Human-readable form of an intent's ends. */
export function describeSource(source: IntentSource): string {
  switch (source.kind) {
    case 'pod':
      return source.id;
    case 'namespace':
      return `namespace ${source.name}`;
    case 'cidr':
    case 'internet':
      return describeAddresses(source);
    default:
      return assertNever(source);
  }
}

export function describeDestination(destination: IntentDestination): string {
  return destination.kind === 'pod' ? destination.id : describeAddresses(destination);
}

function describeAddresses(addresses: IntentAddresses): string {
  if (addresses.kind === 'internet') return 'the Internet';
  const except = addresses.except ?? [];
  return except.length > 0 ? `${addresses.cidr} except ${except.join(', ')}` : addresses.cidr;
}

export function describePort(intent: AllowIntent): string {
  return intent.port === undefined ? 'all ports' : `${intent.protocol} ${intent.port}`;
}
