import { readFileSync } from 'node:fs';

/** The seed's azure-vote manifest (a frontend and a redis backend). */
export const AZURE_VOTE = readFileSync(
  new URL('../packages/engine/test/fixtures/seed/azure-vote-all-in-one-redis.yaml', import.meta.url),
  'utf8',
);

/** The manifest deployed into a namespace, as `kubectl apply -n NS` would, with its Namespace. */
export function inNamespace(manifest: string, namespace: string): string {
  const namespaced = manifest.replace(/^metadata:\n {2}name: (.+)$/gm, `metadata:\n  name: $1\n  namespace: ${namespace}`);
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n---\n${namespaced}`;
}

/** The seed walkthrough's model answer. */
export const REDIS_POLICY_SPEC = {
  podSelector: { matchLabels: { type: 'redis' } },
  policyTypes: ['Ingress'],
  ingress: [{ from: [{ podSelector: { matchLabels: { role: 'redis-client' } } }], ports: [{ protocol: 'TCP', port: 6379 }] }],
};

export const TEST_NETWORK_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: test-network-policy
  namespace: default
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - ipBlock:
        cidr: 172.17.0.0/16
        except:
        - 172.17.1.0/24
    - namespaceSelector:
        matchLabels:
          project: myproject
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 6379
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/24
    ports:
    - protocol: TCP
      port: 5978
`;

export const DEFAULT_DENY_INGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress
`;

export const WEB_DENY_ALL = `kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata:
  name: web-deny-all
spec:
  podSelector:
    matchLabels:
      app: web
  ingress: []
`;

/** A bare pod with labels and one container port. */
export function pod(namespace: string, name: string, labels: Record<string, string>, port = 80): string {
  const labelLines = Object.entries(labels)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${labelLines}
spec:
  containers:
  - name: main
    image: nginx
    ports:
    - containerPort: ${port}
`;
}

export const docs = (...parts: string[]) => parts.map((p) => p.trimEnd()).join('\n---\n') + '\n';
