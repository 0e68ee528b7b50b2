/**
 * The JSON schema the YAML editor validates against (completion, hover docs, validation):
 * the Kubernetes kinds Netpol Canvas reads. Bundled with the editor (never fetched). It is
 * deliberately lenient about fields the app does not read (pod specs accept anything else)
 * and strict inside NetworkPolicy, where a typo silently changes what a policy allows.
 * The engine's diagnostics remain the authority; this schema is typing help.
 */

import { clusterPolicyDefinitions, clusterPolicyKinds } from './k8sSchemaClusterPolicy';

type Schema = Record<string, unknown>;

const str = (description: string): Schema => ({ type: 'string', description });
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

const labels: Schema = {
  type: 'object',
  description: 'Labels: string keys and values, used by selectors.',
  additionalProperties: { type: 'string' },
};

const definitions: Record<string, Schema> = {
  ObjectMeta: {
    type: 'object',
    description: 'Standard object metadata.',
    properties: {
      name: str('Name of the object, unique within its namespace.'),
      namespace: str('Namespace of the object. Defaults to `default` when absent.'),
      labels,
      annotations: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  LabelSelector: {
    type: 'object',
    description:
      'A label query. Requirements are ANDed. An empty selector `{}` matches everything.',
    additionalProperties: false,
    properties: {
      matchLabels: { ...labels, description: 'Each key must have exactly this value.' },
      matchExpressions: {
        type: 'array',
        description: 'Set-based requirements, all of which must match.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'operator'],
          properties: {
            key: str('The label key the requirement applies to.'),
            operator: { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] },
            values: {
              type: 'array',
              items: { type: 'string' },
              description: 'Non-empty for In and NotIn; must be empty for Exists and DoesNotExist.',
            },
          },
        },
      },
    },
  },
  NetworkPolicyPort: {
    type: 'object',
    additionalProperties: false,
    properties: {
      protocol: { enum: ['TCP', 'UDP', 'SCTP'], description: 'Defaults to TCP.' },
      port: {
        type: ['integer', 'string'],
        description: 'A port number or a named container port. Absent means every port.',
      },
      endPort: {
        type: 'integer',
        description: 'With a numeric `port`: the last port of the range `port`..`endPort`.',
      },
    },
  },
  IPBlock: {
    type: 'object',
    additionalProperties: false,
    required: ['cidr'],
    properties: {
      cidr: str('An IPv4 or IPv6 CIDR, e.g. 192.168.1.0/24.'),
      except: {
        type: 'array',
        items: { type: 'string' },
        description: 'CIDRs inside `cidr` to exclude.',
      },
    },
  },
  NetworkPolicyPeer: {
    type: 'object',
    additionalProperties: false,
    description:
      '`podSelector` alone: pods in the policy namespace. `namespaceSelector` alone: all pods in ' +
      'matching namespaces. Both in one peer: matching pods in matching namespaces (AND).',
    properties: {
      podSelector: ref('LabelSelector'),
      namespaceSelector: ref('LabelSelector'),
      ipBlock: ref('IPBlock'),
    },
  },
  NetworkPolicySpec: {
    type: 'object',
    additionalProperties: false,
    required: ['podSelector'],
    properties: {
      podSelector: {
        ...ref('LabelSelector'),
        description: 'The pods this policy applies to, in its namespace. `{}` selects all.',
      },
      policyTypes: {
        type: 'array',
        items: { enum: ['Ingress', 'Egress'] },
        description:
          'Directions this policy isolates. Default: Ingress, plus Egress when `egress` has a rule.',
      },
      ingress: {
        type: 'array',
        description: 'Allowed incoming traffic (a union of rules). `[]` allows nothing.',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: {
              type: 'array',
              items: ref('NetworkPolicyPeer'),
              description: 'Absent: all sources.',
            },
            ports: {
              type: 'array',
              items: ref('NetworkPolicyPort'),
              description: 'Absent: all ports.',
            },
          },
        },
      },
      egress: {
        type: 'array',
        description: 'Allowed outgoing traffic (a union of rules). `[]` allows nothing.',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            to: {
              type: 'array',
              items: ref('NetworkPolicyPeer'),
              description: 'Absent: all destinations.',
            },
            ports: {
              type: 'array',
              items: ref('NetworkPolicyPort'),
              description: 'Absent: all ports.',
            },
          },
        },
      },
    },
  },
  Container: {
    type: 'object',
    required: ['name'],
    properties: {
      name: str('Container name.'),
      image: str('Container image.'),
      ports: {
        type: 'array',
        description: 'Ports the container listens on; named ports can be used by policies.',
        items: {
          type: 'object',
          required: ['containerPort'],
          properties: {
            containerPort: { type: 'integer', minimum: 1, maximum: 65535 },
            name: str('A name policies can refer to (at most 15 characters).'),
            protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
          },
        },
      },
    },
  },
  PodSpec: {
    type: 'object',
    properties: {
      containers: { type: 'array', items: ref('Container') },
      initContainers: { type: 'array', items: ref('Container') },
      hostNetwork: {
        type: 'boolean',
        description: 'Host-network pods are not affected by policies.',
      },
    },
  },
  PodTemplate: {
    type: 'object',
    properties: {
      metadata: ref('ObjectMeta'),
      spec: ref('PodSpec'),
    },
  },
  WorkloadSpec: {
    type: 'object',
    properties: {
      replicas: { type: 'integer', minimum: 0 },
      selector: ref('LabelSelector'),
      template: { ...ref('PodTemplate'), description: 'The pods it creates: their labels matter.' },
    },
  },
  JobSpec: {
    type: 'object',
    properties: { template: ref('PodTemplate') },
  },
  ServiceSpec: {
    type: 'object',
    properties: {
      type: { enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
      selector: labels,
      ports: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            port: { type: 'integer' },
            targetPort: { type: ['integer', 'string'] },
            protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
          },
        },
      },
    },
  },
};

const kinds: Record<string, { apiVersion: string; spec?: Schema }> = {
  NetworkPolicy: { apiVersion: 'networking.k8s.io/v1', spec: ref('NetworkPolicySpec') },
  Namespace: { apiVersion: 'v1' },
  Pod: { apiVersion: 'v1', spec: ref('PodSpec') },
  Deployment: { apiVersion: 'apps/v1', spec: ref('WorkloadSpec') },
  StatefulSet: { apiVersion: 'apps/v1', spec: ref('WorkloadSpec') },
  DaemonSet: { apiVersion: 'apps/v1', spec: ref('WorkloadSpec') },
  ReplicaSet: { apiVersion: 'apps/v1', spec: ref('WorkloadSpec') },
  Job: { apiVersion: 'batch/v1', spec: ref('JobSpec') },
  CronJob: {
    apiVersion: 'batch/v1',
    spec: {
      type: 'object',
      properties: {
        schedule: str('Cron schedule.'),
        jobTemplate: { type: 'object', properties: { spec: ref('JobSpec') } },
      },
    },
  },
  Service: { apiVersion: 'v1', spec: ref('ServiceSpec') },
  ...clusterPolicyKinds,
};

const perKind = Object.entries(kinds).map(([kind, { apiVersion, spec }]) => ({
  if: { properties: { kind: { const: kind } }, required: ['kind'] },
  then: {
    properties: {
      apiVersion: { const: apiVersion, description: `${kind} is served as ${apiVersion}.` },
      ...(spec ? { spec } : {}),
    },
  },
}));

/** The schema for one document of the workspace (a kind above, or a `kind: List`). */
export const k8sSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Kubernetes objects read by Netpol Canvas',
  type: 'object',
  definitions: { ...definitions, ...clusterPolicyDefinitions },
  properties: {
    apiVersion: str('API group and version, e.g. networking.k8s.io/v1.'),
    kind: { enum: [...Object.keys(kinds), 'List'], description: 'The kind of object.' },
    metadata: ref('ObjectMeta'),
    items: { type: 'array', items: { $ref: '#' }, description: 'The objects of a `kind: List`.' },
  },
  allOf: perKind,
};

/** The editor model's URI; the schema's `fileMatch` names it. */
export const WORKSPACE_MODEL_URI = 'file:///workspace/netpol-workspace.yaml';
