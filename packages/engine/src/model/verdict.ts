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

/**
 * What a verdict can be. `unknown`: the truth is not knowable offline (e.g. a
 * ClusterNetworkPolicy `domainNames` rule would decide). `ambiguous`: two policies of one
 * tier at the same priority match with different actions, and upstream leaves the choice
 * to the implementation.
 */
export type Verdict = 'allowed' | 'denied' | 'unknown' | 'ambiguous';

/**
 * Why the NetworkPolicy tier decided one side as it did: data, rendered to words by the
 * CLI (`apps/cli/src/format/verdict.ts`) and the app (`apps/web/src/analysis/verdictText.ts`).
 */
export type SideReason =
  /** The pod is talking to itself, which NetworkPolicy never blocks. */
  | { readonly kind: 'self' }
  /** The subject end is a pod id the model does not know. */
  | { readonly kind: 'unknown-pod' }
  /** The subject end is an address outside the cluster's pods: no policy applies to it. */
  | { readonly kind: 'outside-cluster' }
  /** The subject pod uses the host network: NetworkPolicy does not isolate it. */
  | { readonly kind: 'host-network' }
  /** No policy selects the subject pod for this direction. */
  | { readonly kind: 'not-isolated' }
  /** Isolated, and the rules in `allowedBy` allow the flow. */
  | { readonly kind: 'rule-allows' }
  /** Isolated, and no rule of the isolating policies allows the flow. */
  | { readonly kind: 'no-rule-allows' };

/** The verdict of one side of a flow (egress at the source, ingress at the destination). */
export interface DirectionVerdict {
  readonly direction: Direction;
  /** `null` when the verdict is unknown or ambiguous. */
  readonly allowed: boolean | null;
  readonly verdict: Verdict;
  /** False when no policy selects the pod for this direction (or the side is an IP). */
  readonly isolated: boolean;
  /** Policies that select the pod for this direction. */
  readonly isolatingPolicies: readonly PolicyRef[];
  /** Rules that allow the flow (all of them: rules are a union). Empty when denied or not isolated. */
  readonly allowedBy: readonly RuleRef[];
  /** Why the NetworkPolicy tier decided as it did. */
  readonly reason: SideReason;
}

export interface FlowVerdict {
  readonly flow: Flow;
  /** True only when both sides are allowed; `null` when the verdict is unknown or ambiguous. */
  readonly allowed: boolean | null;
  readonly verdict: Verdict;
  /** The probed port, a named port resolved on the destination (number undefined if not found). */
  readonly port: ProbedPort;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
}

/** The port a flow was probed on; `name` is set for a named port. */
export interface ProbedPort {
  readonly protocol: Protocol;
  readonly number?: number;
  readonly name?: string;
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
