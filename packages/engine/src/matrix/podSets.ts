import type { CompiledPeer, NamespaceMatcher, PodEndpoint, PodMatcher } from '../model';
import type { LabelSelector } from '../selector';
import { selectorMatches } from '../selector';
import type { ParsedIp } from '../compile';
import { ipBlockContains, parseIp } from '../compile';
import type { PolicyModel } from '../evaluate';
import type { Bits } from './bitset';
import {
  andInto,
  andNotInto,
  bitsFromIndices,
  emptyBits,
  fullBits,
  orInto,
  setBit,
} from './bitset';
import { assertNever } from '../util';

/**
 * Sets of pods (bitsets over `cluster.pods`) that each selector and peer matches, computed
 * with an inverted label index instead of testing every selector on every pod. Mirrors
 * `peerMatches` in evaluate/match.ts exactly; the property tests hold them together.
 */
export class PodSets {
  private readonly size: number;
  private readonly pods: readonly PodEndpoint[];
  private readonly byLabel = new Map<string, Map<string, number[]>>();
  private readonly byKey = new Map<string, number[]>();
  private readonly cache = new Map<string, Bits>();
  /** Namespace name → its pods. */
  private readonly byNamespace = new Map<string, Bits>();
  private readonly ips: (readonly ParsedIp[])[];
  /** Indices of pods with at least one known IP. */
  private readonly withIps: number[];
  /** Pods that are not hostNetwork: the only ones selector peers can match. */
  readonly podNetwork: Bits;

  constructor(private readonly model: PolicyModel) {
    this.pods = model.cluster.pods;
    this.size = this.pods.length;
    this.pods.forEach((pod, index) => {
      for (const [key, value] of Object.entries(pod.labels)) {
        let values = this.byLabel.get(key);
        if (!values) this.byLabel.set(key, (values = new Map()));
        let withValue = values.get(value);
        if (!withValue) values.set(value, (withValue = []));
        withValue.push(index);
        let withKey = this.byKey.get(key);
        if (!withKey) this.byKey.set(key, (withKey = []));
        withKey.push(index);
      }
    });
    this.pods.forEach((pod, index) => {
      let bits = this.byNamespace.get(pod.namespace);
      if (!bits) this.byNamespace.set(pod.namespace, (bits = emptyBits(this.size)));
      setBit(bits, index);
    });
    this.ips = this.pods.map((pod) =>
      pod.ips.map(parseIp).filter((ip): ip is ParsedIp => ip !== undefined),
    );
    this.withIps = this.ips.flatMap((ips, i) => (ips.length > 0 ? [i] : []));
    this.podNetwork = bitsFromIndices(
      this.size,
      this.pods.flatMap((pod, i) => (pod.hostNetwork ? [] : [i])),
    );
  }

  /** The pods a peer matches. */
  peer(peer: CompiledPeer): Bits {
    switch (peer.kind) {
      case 'pods':
        return this.memo(`p${JSON.stringify([peer.namespaces, peer.pods])}`, () => {
          const bits = this.namespaces(peer.namespaces).slice();
          andInto(bits, this.podMatcher(peer.pods));
          andInto(bits, this.podNetwork);
          return bits;
        });
      case 'ipBlock':
        return this.memo(`i${peer.cidr.text}|${peer.except.map((e) => e.text).join(',')}`, () =>
          bitsFromIndices(
            this.size,
            this.withIps.filter((i) =>
              (this.ips[i] ?? []).some((ip) => ipBlockContains(peer.cidr, peer.except, ip)),
            ),
          ),
        );
      case 'none':
        return emptyBits(this.size);
      default: {
        return assertNever(peer, 'peer');
      }
    }
  }

  all(): Bits {
    return this.memo('all', () => fullBits(this.size));
  }

  private namespaces(matcher: NamespaceMatcher): Bits {
    switch (matcher.kind) {
      case 'all':
        return this.all();
      case 'exact':
        return this.byNamespace.get(matcher.namespace) ?? emptyBits(this.size);
      case 'selector':
        return this.memo(`n${JSON.stringify(matcher.selector)}`, () => {
          const bits = emptyBits(this.size);
          for (const [name, pods] of this.byNamespace) {
            if (selectorMatches(matcher.selector, this.model.namespaceLabels[name] ?? {}))
              orInto(bits, pods);
          }
          return bits;
        });
      case 'none':
        return emptyBits(this.size);
      default: {
        return assertNever(matcher, 'namespace matcher');
      }
    }
  }

  private podMatcher(matcher: PodMatcher): Bits {
    if (matcher.kind === 'all') return this.all();
    if (matcher.kind === 'none') return emptyBits(this.size);
    return this.memo(`s${JSON.stringify(matcher.selector)}`, () => this.selector(matcher.selector));
  }

  /** apimachinery semantics: matchLabels AND each requirement; NotIn/DoesNotExist match a missing key. */
  private selector(selector: LabelSelector): Bits {
    const bits = fullBits(this.size);
    for (const [key, value] of Object.entries(selector.matchLabels ?? {}))
      andInto(bits, this.labelBits(key, [value]));
    for (const req of selector.matchExpressions ?? []) {
      switch (req.operator) {
        case 'In':
          andInto(bits, this.labelBits(req.key, req.values ?? []));
          break;
        case 'NotIn':
          andNotInto(bits, this.labelBits(req.key, req.values ?? []));
          break;
        case 'Exists':
          andInto(bits, this.keyBits(req.key));
          break;
        case 'DoesNotExist':
          andNotInto(bits, this.keyBits(req.key));
          break;
        default: {
          return assertNever(req.operator, 'operator');
        }
      }
    }
    return bits;
  }

  private labelBits(key: string, values: readonly string[]): Bits {
    const bits = emptyBits(this.size);
    for (const value of values)
      orInto(
        bits,
        this.memo(`l${key}\u0000${value}`, () =>
          bitsFromIndices(this.size, this.byLabel.get(key)?.get(value) ?? []),
        ),
      );
    return bits;
  }

  private keyBits(key: string): Bits {
    return this.memo(`k${key}`, () => bitsFromIndices(this.size, this.byKey.get(key) ?? []));
  }

  private memo(key: string, compute: () => Bits): Bits {
    let bits = this.cache.get(key);
    if (!bits) {
      bits = compute();
      this.cache.set(key, bits);
    }
    return bits;
  }
}
