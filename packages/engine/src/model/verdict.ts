import type { Protocol } from './k8s';
import type { SourceRange } from './source';

/** One end of a flow: a pod by id (`ns/name`) or an IP address outside the known pods. */
export type FlowEndpoint =
  | { readonly kind: 'pod'; readonly id: string }
  | { readonly kind: 'ip'; readonly ip: string };

/** A connection attempt. `port` is a number, or a name resolved on the destination pod. */
export interface Flow {
  readonly from: FlowEndpoint;
  readonly to: FlowEndpoint;
  readonly port: number | string;
  readonly protocol: Protocol;
}

export type Direction = 'ingress' | 'egress';

export interface PolicyRef {
  readonly namespace: string;
  readonly name: string;
  /** Index of the policy's LoadedObject in the compiled set, for linking back to text. */
  readonly file: string;
  readonly documentIndex: number;
  readonly itemIndex?: number;
}

/** The exact rule (and peer) that allowed a flow; paths are relative to the policy object. */
export interface RuleRef {
  readonly policy: PolicyRef;
  readonly direction: Direction;
  readonly ruleIndex: number;
  /** Index in `from`/`to`; undefined when the rule has no peers (all peers). */
  readonly peerIndex?: number;
  /** Index in `ports`; undefined when the rule has no ports (all ports). */
  readonly portIndex?: number;
  /** `spec.ingress[0].from[1]`-style path of the most specific element that matched. */
  readonly path: string;
  readonly range?: SourceRange;
}

/** The verdict of one side of a flow (egress at the source, ingress at the destination). */
export interface DirectionVerdict {
  readonly direction: Direction;
  readonly allowed: boolean;
  /** False when no policy selects the pod for this direction (or the side is an IP). */
  readonly isolated: boolean;
  /** Policies that select the pod for this direction. */
  readonly isolatingPolicies: readonly PolicyRef[];
  /** Rules that allow the flow (all of them: rules are a union). Empty when denied or not isolated. */
  readonly allowedBy: readonly RuleRef[];
  /** A one-sentence reason, e.g. "no rule of default-deny-ingress allows it". */
  readonly reason: string;
}

export interface FlowVerdict {
  readonly flow: Flow;
  readonly allowed: boolean;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
  /** Human-readable lines, in order, that explain the verdict. */
  readonly explanation: readonly string[];
}

/** An inclusive range of ports on one protocol. */
export interface PortRange {
  readonly protocol: Protocol;
  readonly from: number;
  readonly to: number;
}

/**
 * The ports on which a pair may talk: everything, or a union of ranges (named ports
 * already resolved on the destination pod). Formatted for display as
 * `["all"]` or `["TCP:6379", "UDP:53", "TCP:8000-9000"]`.
 */
export type PortSet = { readonly kind: 'all' } | { readonly kind: 'some'; readonly ranges: readonly PortRange[] };

/** All-pairs reachability. Row i is source `pods[i]`, column j destination `pods[j]`. */
export interface ReachabilityMatrix {
  readonly pods: readonly string[];
  /** Port and protocol probed; undefined port means "any port". */
  readonly port?: number | string;
  readonly protocol?: Protocol;
  readonly allowed: readonly (readonly boolean[])[];
  /** Only for "any port": the allowed ports of each pair, formatted as PortSet labels. */
  readonly ports?: readonly (readonly (readonly string[])[])[];
}
