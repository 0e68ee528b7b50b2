/**
 * The kinds whose schema the engine knows only in part: Namespaces, Pods and pod-owning
 * workloads. Each level declares the fields the engine reads (`fields`) and the real
 * Kubernetes fields it does not (`others`), so a real manifest with probes, volumes or
 * affinity loads untouched, while `lables` or `contianerPort` — keys close to a field the
 * engine reads — get a "did you mean" warning instead of silently changing the picture.
 * `metadata` is ObjectMeta everywhere and strict. Leaf types stay `any`: their checks are
 * in `otherKinds.ts`.
 */
import type { Shape } from '../model';
import { OBJECT_META } from '../model';

const partly = (fields: Record<string, Shape>, others: readonly string[]): Shape => ({
  fields,
  open: { others },
});

const CONTAINER_PORT = partly({ name: 'any', containerPort: 'any', protocol: 'any' }, [
  'hostPort',
  'hostIP',
]);

const CONTAINER = partly({ name: 'any', ports: { list: CONTAINER_PORT } }, [
  'image',
  'command',
  'args',
  'workingDir',
  'envFrom',
  'env',
  'resources',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
  'volumeMounts',
  'volumeDevices',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'imagePullPolicy',
  'securityContext',
  'stdin',
  'stdinOnce',
  'tty',
  'targetContainerName',
]);

const POD_SPEC = partly(
  { containers: { list: CONTAINER }, initContainers: { list: CONTAINER }, hostNetwork: 'any' },
  [
    'volumes',
    'ephemeralContainers',
    'restartPolicy',
    'terminationGracePeriodSeconds',
    'activeDeadlineSeconds',
    'dnsPolicy',
    'nodeSelector',
    'serviceAccountName',
    'serviceAccount',
    'automountServiceAccountToken',
    'nodeName',
    'hostPID',
    'hostIPC',
    'shareProcessNamespace',
    'securityContext',
    'imagePullSecrets',
    'hostname',
    'subdomain',
    'affinity',
    'schedulerName',
    'tolerations',
    'hostAliases',
    'priorityClassName',
    'priority',
    'dnsConfig',
    'readinessGates',
    'runtimeClassName',
    'enableServiceLinks',
    'preemptionPolicy',
    'overhead',
    'topologySpreadConstraints',
    'setHostnameAsFQDN',
    'os',
    'hostUsers',
    'schedulingGates',
    'resourceClaims',
    'resources',
    'hostnameOverride',
  ],
);

const POD_STATUS = partly({ podIP: 'any', podIPs: 'any' }, [
  'phase',
  'conditions',
  'message',
  'reason',
  'nominatedNodeName',
  'hostIP',
  'hostIPs',
  'startTime',
  'initContainerStatuses',
  'containerStatuses',
  'qosClass',
  'ephemeralContainerStatuses',
  'resize',
  'resourceClaimStatuses',
  'observedGeneration',
  'extendedResourceClaimStatus',
  'allocatedResources',
  'resources',
]);

const TOP_LEVEL = ['apiVersion', 'kind'];

const TEMPLATE = partly({ metadata: OBJECT_META, spec: POD_SPEC }, []);

const WORKLOAD_STATUS_AND_TOP = [...TOP_LEVEL, 'status'];

function workload(spec: Record<string, Shape>, others: readonly string[]): Shape {
  return partly({ metadata: OBJECT_META, spec: partly(spec, others) }, WORKLOAD_STATUS_AND_TOP);
}

const REPLICATED = { replicas: 'any', selector: 'any', template: TEMPLATE } as const;

const JOB_SPEC_OTHERS = [
  'parallelism',
  'completions',
  'activeDeadlineSeconds',
  'podFailurePolicy',
  'successPolicy',
  'backoffLimit',
  'backoffLimitPerIndex',
  'maxFailedIndexes',
  'selector',
  'manualSelector',
  'ttlSecondsAfterFinished',
  'completionMode',
  'suspend',
  'podReplacementPolicy',
  'managedBy',
];

/** Per kind, the shape its decoding is checked against. */
export const PARTLY_KNOWN_KINDS: Readonly<Record<string, Shape>> = {
  Namespace: partly({ metadata: OBJECT_META }, [...TOP_LEVEL, 'spec', 'status']),
  Pod: partly({ metadata: OBJECT_META, spec: POD_SPEC, status: POD_STATUS }, TOP_LEVEL),
  Deployment: workload(REPLICATED, [
    'minReadySeconds',
    'strategy',
    'revisionHistoryLimit',
    'paused',
    'progressDeadlineSeconds',
  ]),
  ReplicaSet: workload(REPLICATED, ['minReadySeconds']),
  StatefulSet: workload(REPLICATED, [
    'serviceName',
    'volumeClaimTemplates',
    'podManagementPolicy',
    'updateStrategy',
    'revisionHistoryLimit',
    'minReadySeconds',
    'persistentVolumeClaimRetentionPolicy',
    'ordinals',
  ]),
  DaemonSet: workload({ selector: 'any', template: TEMPLATE }, [
    'updateStrategy',
    'minReadySeconds',
    'revisionHistoryLimit',
  ]),
  Job: workload({ template: TEMPLATE }, JOB_SPEC_OTHERS),
  CronJob: workload(
    {
      jobTemplate: partly(
        { metadata: OBJECT_META, spec: partly({ template: TEMPLATE }, JOB_SPEC_OTHERS) },
        [],
      ),
    },
    [
      'schedule',
      'timeZone',
      'startingDeadlineSeconds',
      'concurrencyPolicy',
      'suspend',
      'successfulJobsHistoryLimit',
      'failedJobsHistoryLimit',
    ],
  ),
};
