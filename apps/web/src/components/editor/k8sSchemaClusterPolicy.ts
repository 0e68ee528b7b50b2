/**
 * The editor schema's part for ClusterNetworkPolicy (`policy.networking.k8s.io/v1alpha2`)
 * and Node: typing help (enums, one-of fields, ranges); the engine's CRD validation in
 * `@netpol/engine` (clusterPolicy/validate.ts) remains the authority.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const selector = (description: string): Schema => ({ ...ref('LabelSelector'), description });

const pods: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['podSelector'],
  properties: {
    namespaceSelector: selector('Namespaces of the pods. Omitted or `{}`: all namespaces.'),
    podSelector: selector('Pods in those namespaces. `{}`: all pods.'),
  },
};

const port: Schema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    destinationPort: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      properties: {
        number: { type: 'integer', minimum: 1, maximum: 65535 },
        range: {
          type: 'object',
          required: ['start', 'end'],
          properties: {
            start: { type: 'integer', minimum: 1, maximum: 65535 },
            end: { type: 'integer', minimum: 1, maximum: 65535 },
          },
        },
      },
    },
  },
};

const protocols: Schema = {
  type: 'array',
  minItems: 1,
  maxItems: 25,
  description: 'Absent: every protocol and port. Entries are ORed.',
  items: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    properties: {
      tcp: port,
      udp: port,
      sctp: port,
      destinationNamedPort: {
        type: 'string',
        description: 'A container port name of the destination pod.',
      },
    },
  },
};

const peer = (fields: Record<string, Schema>): Schema => ({
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: fields,
});

const rule = (peersKey: 'from' | 'to', peerSchema: Schema): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['action', peersKey],
  properties: {
    name: { type: 'string', maxLength: 100 },
    action: {
      enum: ['Accept', 'Deny', 'Pass'],
      description:
        'Accept and Deny are final for this direction; Pass goes on to the next tier. (Allow is now Accept.)',
    },
    [peersKey]: { type: 'array', minItems: 1, maxItems: 25, items: peerSchema },
    protocols,
  },
});

export const clusterPolicyDefinitions: Record<string, Schema> = {
  ClusterNetworkPolicySpec: {
    type: 'object',
    additionalProperties: false,
    required: ['tier', 'priority', 'subject'],
    properties: {
      tier: {
        enum: ['Admin', 'Baseline'],
        description: 'Admin decides before NetworkPolicies, Baseline after them.',
      },
      priority: {
        type: 'integer',
        minimum: 0,
        maximum: 1000,
        description: 'Lower numbers are evaluated first within a tier.',
      },
      subject: peer({ namespaces: selector('Every pod of the matching namespaces.'), pods }),
      ingress: {
        type: 'array',
        maxItems: 25,
        items: rule('from', peer({ namespaces: selector('Pods of these namespaces.'), pods })),
      },
      egress: {
        type: 'array',
        maxItems: 25,
        items: rule(
          'to',
          peer({
            namespaces: selector('Pods of these namespaces.'),
            pods,
            nodes: selector('Nodes by label (experimental channel).'),
            networks: {
              type: 'array',
              minItems: 1,
              maxItems: 25,
              items: { type: 'string' },
              description: 'CIDRs; they match pod IPs too.',
            },
            domainNames: {
              type: 'array',
              minItems: 1,
              maxItems: 25,
              items: { type: 'string' },
              description: 'Experimental channel; not knowable offline.',
            },
          }),
        ),
      },
    },
  },
};

export const clusterPolicyKinds: Record<string, { apiVersion: string; spec?: Schema }> = {
  ClusterNetworkPolicy: {
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    spec: ref('ClusterNetworkPolicySpec'),
  },
  Node: { apiVersion: 'v1' },
};
