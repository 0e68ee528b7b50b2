/** What the user asks for: "allow SOURCE → DESTINATION on PROTOCOL PORT". */
import type { Protocol } from '../model/k8s';
import type { Labels } from '../selector/labelSelector';

export type IntentSource =
  | { readonly kind: 'pod'; readonly id: string }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'cidr'; readonly cidr: string };

export type IntentDestination =
  { readonly kind: 'pod'; readonly id: string } | { readonly kind: 'cidr'; readonly cidr: string };

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
      return source.cidr;
    default:
      return assertNever(source);
  }
}

export function describeDestination(destination: IntentDestination): string {
  return destination.kind === 'pod' ? destination.id : destination.cidr;
}

export function describePort(intent: AllowIntent): string {
  return intent.port === undefined ? 'all ports' : `${intent.protocol} ${intent.port}`;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
