import type { PortSet, Protocol, UncertainCell } from '../model';

export interface MatrixOptions {
  /** The probed port (number, or a name resolved on each destination). Absent: any port. */
  readonly port?: number | string;
  /** Protocol of the probed port (default TCP); ignored without a port. */
  readonly protocol?: Protocol;
}

/**
 * All-pairs reachability in compact form: pods are grouped into classes no policy can tell
 * apart, and one bit per class pair says whether a pod of class s may reach a DIFFERENT pod
 * of class d (a pod always reaches itself). Typed arrays: cheap to post to a Web Worker.
 */
export interface CompactMatrix {
  readonly pods: readonly string[];
  readonly port?: number | string;
  readonly protocol?: Protocol;
  /** Pod index → class index. */
  readonly classOf: Int32Array;
  readonly classCount: number;
  /** Pods per class. */
  readonly classSizes: Int32Array;
  /** Bit `s * classCount + d` (32 per word). */
  readonly allowedBits: Uint32Array;
  /** Any-port only: per class pair, an index into `portSets`. */
  readonly pairPortSet?: Int32Array;
  readonly portSets?: readonly PortSet[];
  /**
   * Pod pairs whose verdict is unknown or ambiguous (only with ClusterNetworkPolicies in
   * force); their allowed bit is 0. Pod indices, not classes.
   */
  readonly uncertain?: readonly UncertainCell[];
  /**
   * With ClusterNetworkPolicies in force: per pod pair (`from * pods + to`), the tier whose
   * rule decided the verdict: 1 Admin, 2 Baseline, 0 a NetworkPolicy, the default, or
   * (any port) different tiers on different ports.
   */
  readonly decidedBy?: Uint8Array;
}
