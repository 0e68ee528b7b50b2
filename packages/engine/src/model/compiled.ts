/**
 * Compiled NetworkPolicies: each policy turned once into small matchers (target, peers,
 * ports), the vocabulary of policy-assistant. Every absent-vs-empty decision of the API is
 * taken when compiling (see `compile/`), so evaluation is a conjunction of tiny predicates.
 * All plain data: JSON-serialisable, safe to post to a Web Worker.
 */
import type { LabelSelector } from '../selector';
import type { Protocol } from './k8s';
import type { SourceRange } from './source';
import type { Direction, PolicyRef } from './verdict';

/** Where a compiled element came from: a field path relative to the policy object and its text. */
export interface CompiledOrigin {
  /** `spec.ingress[0].from[1]`-style path. */
  readonly path: string;
  readonly range?: SourceRange;
}

/** Pods of a label selector: `all` when the selector is empty (`{}`) or null where null means all. */
export type PodMatcher =
  | { readonly kind: 'all' }
  | { readonly kind: 'selector'; readonly selector: LabelSelector }
  /** A selector that cannot be read (e.g. an unknown operator): it selects nothing. */
  | { readonly kind: 'none'; readonly reason: string };

/** Which namespaces a pod peer covers. */
export type NamespaceMatcher =
  | { readonly kind: 'all' }
  /** `podSelector` alone: the policy's own namespace. */
  | { readonly kind: 'exact'; readonly namespace: string }
  | { readonly kind: 'selector'; readonly selector: LabelSelector }
  | { readonly kind: 'none'; readonly reason: string };

/** An address family and the network bytes of a CIDR (host bits are ignored when matching). */
export interface CompiledCidr {
  readonly text: string;
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
  readonly prefix: number;
}

/** One element of `from`/`to`. `none` is a peer that can match nothing (e.g. an unparsable CIDR). */
export type CompiledPeer =
  | {
      readonly kind: 'pods';
      readonly namespaces: NamespaceMatcher;
      readonly pods: PodMatcher;
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  | {
      readonly kind: 'ipBlock';
      readonly cidr: CompiledCidr;
      readonly except: readonly CompiledCidr[];
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  | {
      readonly kind: 'none';
      readonly index: number;
      readonly origin: CompiledOrigin;
      readonly reason: string;
    };

/** Absent or empty `from`/`to`: every peer, pods and external addresses alike. */
export type PeerMatcher =
  { readonly kind: 'all' } | { readonly kind: 'some'; readonly peers: readonly CompiledPeer[] };

/** One element of `ports`. A `named` port is resolved on the destination pod's containers. */
export type CompiledPort =
  | {
      readonly kind: 'number';
      readonly protocol: Protocol;
      readonly port: number;
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  | {
      readonly kind: 'range';
      readonly protocol: Protocol;
      readonly from: number;
      readonly to: number;
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  | {
      readonly kind: 'named';
      readonly protocol: Protocol;
      readonly name: string;
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  /** Only a protocol (`port` absent): every port of that protocol. */
  | {
      readonly kind: 'protocol';
      readonly protocol: Protocol;
      readonly index: number;
      readonly origin: CompiledOrigin;
    }
  | {
      readonly kind: 'none';
      readonly index: number;
      readonly origin: CompiledOrigin;
      readonly reason: string;
    };

/** Absent or empty `ports`: every port of every protocol. */
export type PortMatcher =
  { readonly kind: 'all' } | { readonly kind: 'some'; readonly ports: readonly CompiledPort[] };

/** One element of `spec.ingress` or `spec.egress`. */
export interface CompiledRule {
  readonly direction: Direction;
  readonly index: number;
  readonly peers: PeerMatcher;
  readonly ports: PortMatcher;
  readonly origin: CompiledOrigin;
}

/** The pods a policy applies to: its namespace and `spec.podSelector`. */
export interface CompiledTarget {
  readonly namespace: string;
  readonly pods: PodMatcher;
}

export interface CompiledPolicy {
  readonly ref: PolicyRef;
  readonly target: CompiledTarget;
  /** Effective policyTypes, after the API's defaulting. */
  readonly isolates: { readonly ingress: boolean; readonly egress: boolean };
  readonly ingress: readonly CompiledRule[];
  readonly egress: readonly CompiledRule[];
  readonly range?: SourceRange;
}
