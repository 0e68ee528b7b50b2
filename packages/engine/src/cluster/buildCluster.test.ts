import { describe, expect, it } from 'vitest';
import { loadText } from '../load';
import { buildCluster } from './buildCluster';

const build = (text: string) =>
  buildCluster(loadText(text, { file: 'c.yaml', defaultNamespace: 'default' }).objects);

describe('buildCluster', () => {
  it('reads pods: labels, IPs, container ports (protocol TCP by default), hostNetwork', () => {
    const { cluster, diagnostics } = build(`apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels: {app: web}
spec:
  hostNetwork: true
  containers:
  - name: a
    ports:
    - {name: http, containerPort: 80}
    - {containerPort: 53, protocol: UDP}
  initContainers:
  - name: init
    ports:
    - {name: ignored, containerPort: 9}
status:
  podIP: 10.0.0.5
  podIPs:
  - ip: 10.0.0.5
  - ip: fd00::5
`);
    expect(diagnostics).toEqual([]);
    expect(cluster.pods).toHaveLength(1);
    expect(cluster.pods[0]).toMatchObject({
      id: 'shop/web',
      labels: { app: 'web' },
      ips: ['10.0.0.5', 'fd00::5'],
      ports: [
        { name: 'http', port: 80, protocol: 'TCP' },
        { name: '', port: 53, protocol: 'UDP' },
      ],
      hostNetwork: true,
      origin: { kind: 'Pod', name: 'web', replicas: 1 },
    });
  });

  it("records a Pod's controller owner, not its other owner references", () => {
    const { cluster } = build(`apiVersion: v1
kind: Pod
metadata:
  name: web-7d4f9-abcde
  ownerReferences:
  - {apiVersion: v1, kind: ConfigMap, name: cfg}
  - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4f9, controller: true}
---
apiVersion: v1
kind: Pod
metadata:
  name: lone
  ownerReferences:
  - {apiVersion: v1, kind: ConfigMap, name: cfg}
`);
    expect(cluster.pods.map((p) => p.origin.owner)).toEqual([{ kind: 'ReplicaSet', name: 'web-7d4f9' }, undefined]);
  });

  it('makes one representative pod per workload, named after it', () => {
    const template = (labels: string) =>
      `    metadata:\n      labels: {${labels}}\n    spec:\n      containers:\n      - name: c\n        ports: [{name: http, containerPort: 8080}]\n`;
    const { cluster } = build(`apiVersion: apps/v1
kind: Deployment
metadata: {name: front}
spec:
  replicas: 3
  template:
${template('app: front')}---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  template:
${template('app: db')}---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  template:
${template('app: agent')}---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  jobTemplate:
    spec:
      template:
    ${template('app: nightly').replace(/\n/g, '\n    ').trimEnd()}
`);
    expect(
      cluster.pods.map((p) => [p.id, p.labels['app'], p.origin.kind, p.origin.replicas]),
    ).toEqual([
      ['default/front', 'front', 'Deployment', 3],
      ['default/db', 'db', 'StatefulSet', 1],
      ['default/agent', 'agent', 'DaemonSet', undefined],
      ['default/nightly', 'nightly', 'CronJob', 1],
    ]);
    expect(cluster.pods[0]?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });

  it('does not duplicate pods of a kubectl dump (Deployment, its ReplicaSet and Pods)', () => {
    const { cluster } = build(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c}]}}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-7d4
  ownerReferences: [{kind: Deployment, name: web}]
spec:
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c}]}}
---
apiVersion: v1
kind: Pod
metadata:
  name: web-7d4-abcde
  labels: {app: web}
  ownerReferences: [{kind: ReplicaSet, name: web-7d4}]
spec: {containers: [{name: c}]}
`);
    expect(cluster.pods.map((p) => p.id)).toEqual(['default/web-7d4-abcde']);
  });

  it('labels declared namespaces with kubernetes.io/metadata.name and implies missing ones', () => {
    const { cluster } = build(`apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {env: prod}}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: other}
spec: {containers: [{name: c}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: third}
spec: {podSelector: {}}
`);
    expect(cluster.namespaces.map(({ source: _s, ...ns }) => ns)).toEqual([
      {
        name: 'shop',
        labels: { env: 'prod', 'kubernetes.io/metadata.name': 'shop' },
        implied: false,
      },
      { name: 'other', labels: { 'kubernetes.io/metadata.name': 'other' }, implied: true },
      { name: 'third', labels: { 'kubernetes.io/metadata.name': 'third' }, implied: true },
    ]);
  });

  it('keeps the last of two definitions of the same Pod, as kubectl apply does', () => {
    const { cluster, diagnostics } = build(`apiVersion: v1
kind: Pod
metadata: {name: web, labels: {v: '1'}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: other}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {v: '2'}}
spec: {containers: [{name: c}]}
`);
    expect(cluster.pods.map((p) => [p.name, p.labels['v']])).toEqual([
      ['web', '2'],
      ['other', undefined],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.documentIndex])).toEqual([
      ['DUPLICATE_POD', 'warning', 0],
    ]);
  });

  it('reports a Pod and a workload of one name and keeps the first', () => {
    const { cluster, diagnostics } = build(`apiVersion: v1
kind: Pod
metadata: {name: web, labels: {v: '1'}}
spec: {containers: [{name: c}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template: {metadata: {labels: {v: '2'}}, spec: {containers: [{name: c}]}}
`);
    expect(cluster.pods.map((p) => p.labels['v'])).toEqual(['1']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.documentIndex])).toEqual([
      ['DUPLICATE_POD', 'warning', 1],
    ]);
  });
});
