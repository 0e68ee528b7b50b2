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
  | { readonly kind: 'no-rule-allows' }
  /** The probed port name is declared by no container of the destination (for this protocol). */
  | { readonly kind: 'no-such-port'; readonly name: string; readonly protocol: Protocol };

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
  /**
   * The tier walk of this direction (Admin → NetworkPolicy → Baseline → default), in
   * order, ending with the step that decided. Absent when no ClusterNetworkPolicy is in
   * force, so NetworkPolicy-only verdicts stay exactly as they were.
   */
  readonly tiers?: readonly TierStep[];
}

export type ClusterTier = 'Admin' | 'Baseline';
export type ClusterAction = 'Accept' | 'Deny' | 'Pass';

/** A ClusterNetworkPolicy (cluster-scoped) and where it is written. */
export interface ClusterPolicyRef {
  readonly name: string;
  readonly tier: ClusterTier;
  readonly priority: number;
  readonly file: string;
  readonly documentIndex: number;
  readonly itemIndex?: number;
}

/** The ClusterNetworkPolicy rule (and peer, protocol) that matched a flow. */
export interface ClusterRuleRef {
  readonly policy: ClusterPolicyRef;
  readonly direction: Direction;
  readonly ruleIndex: number;
  /** `spec.ingress[i].name`, when given. */
  readonly ruleName?: string;
  readonly action: ClusterAction;
  /** Index in `from`/`to` of the peer that matched. */
  readonly peerIndex?: number;
  /** Index in `protocols`; undefined when the rule has none (every protocol and port). */
  readonly protocolIndex?: number;
  /** `spec.egress[0].to[1]`-style path of the most specific element that matched. */
  readonly path: string;
  readonly range?: SourceRange;
}

/**
 * One step of a direction's tier walk.
 * - Admin/Baseline `no-match`: no rule of the tier matched; evaluation goes on.
 * - `Accept`/`Deny`: the rule decided. `Pass`: the rule sent the flow to the next tier.
 * - `ambiguous`: policies of the tier at one priority matched with different actions.
 * - `unknown`: a `domainNames` rule might match an address outside the modelled pods and
 *   nodes, and whether it does decides the verdict; that is not knowable offline.
 * - NetworkPolicy: the pod is isolated (allowed or denied: final) or not (go on).
 * - `default`: nothing decided; Kubernetes allows.
 * - `not-subject`: no tier applies to this end (host-network pod, an address, unknown pod).
 */
export type TierStep =
  | { readonly tier: ClusterTier; readonly outcome: 'no-match' }
  | { readonly tier: ClusterTier; readonly outcome: ClusterAction; readonly rule: ClusterRuleRef }
  | { readonly tier: ClusterTier; readonly outcome: 'ambiguous'; readonly rules: readonly ClusterRuleRef[] }
  | { readonly tier: ClusterTier; readonly outcome: 'unknown'; readonly rule: ClusterRuleRef }
  | { readonly tier: 'NetworkPolicy'; readonly outcome: 'allowed' | 'denied' | 'not-isolated' }
  | { readonly tier: 'default'; readonly outcome: 'allowed' }
  | { readonly tier: 'none'; readonly outcome: 'not-subject' };

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
  /** `null` where the verdict is unknown or ambiguous (see `uncertain`). */
  readonly allowed: readonly (readonly (boolean | null)[])[];
  /** Pairs (pod indices) whose verdict is unknown or ambiguous, with the tier step why. */
  readonly uncertain?: readonly UncertainCell[];
  /** Only for "any port": the allowed ports of each pair, formatted as PortSet labels. */
  readonly ports?: readonly (readonly (readonly string[])[])[];
}

/** A pod pair the engine cannot decide, with the side and tier step that say why. */
export interface UncertainCell {
  readonly from: number;
  readonly to: number;
  readonly verdict: 'unknown' | 'ambiguous';
  readonly direction: Direction;
  readonly step: TierStep;
}
