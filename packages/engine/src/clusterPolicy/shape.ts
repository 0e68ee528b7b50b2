/**
 * The ClusterNetworkPolicy (`policy.networking.k8s.io/v1alpha2`) object, field by field,
 * in the engine's Shape DSL: what the CRD's structural schema decodes. The rules the
 * schema adds (required, enums, ranges, one-of, item counts, CEL) are in `validate.ts`.
 */
import type { Shape } from '../validate';
import { LABEL_SELECTOR, OBJECT_META } from '../validate';

const PODS: Shape = { fields: { namespaceSelector: LABEL_SELECTOR, podSelector: LABEL_SELECTOR } };

const PORT: Shape = {
  fields: {
    destinationPort: {
      fields: { number: 'int32', range: { fields: { start: 'int32', end: 'int32' } } },
    },
  },
};

const PROTOCOL: Shape = {
  fields: { tcp: PORT, udp: PORT, sctp: PORT, destinationNamedPort: 'string' },
};

const INGRESS_PEER: Shape = { fields: { namespaces: LABEL_SELECTOR, pods: PODS } };

/** `nodes` and `domainNames` are experimental-channel fields (see `EXPERIMENTAL_PEER_FIELDS`). */
const EGRESS_PEER: Shape = {
  fields: {
    namespaces: LABEL_SELECTOR,
    pods: PODS,
    nodes: LABEL_SELECTOR,
    networks: { list: 'string' },
    domainNames: { list: 'string' },
  },
};

const rule = (peersKey: 'from' | 'to', peer: Shape): Shape => ({
  fields: {
    name: 'string',
    action: 'string',
    [peersKey]: { list: peer },
    protocols: { list: PROTOCOL },
  },
});

export const CLUSTER_NETWORK_POLICY: Shape = {
  fields: {
    apiVersion: 'string',
    kind: 'string',
    metadata: OBJECT_META,
    spec: {
      fields: {
        tier: 'string',
        priority: 'int32',
        subject: { fields: { namespaces: LABEL_SELECTOR, pods: PODS } },
        ingress: { list: rule('from', INGRESS_PEER) },
        egress: { list: rule('to', EGRESS_PEER) },
      },
    },
    status: 'any',
  },
};

/** Egress peer fields only the experimental CRD has (the standard one prunes them). */
export const EXPERIMENTAL_PEER_FIELDS: readonly string[] = ['nodes', 'domainNames'];
