/**
 * Load benchmark: a synthetic multi-document YAML file of about 4 MB (Deployments and
 * NetworkPolicies, as a real workspace would hold), parsed by `loadText`.
 * `benchLoad()` is a plain function so `pnpm bench` (bench/run.ts) can call it.
 */
import { loadText } from '../src/load';

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ns-${i % 50}
  labels:
    app: app-${i}
    tier: "${i % 3 === 0 ? 'frontend' : 'backend'}"
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
        tier: "${i % 3 === 0 ? 'frontend' : 'backend'}"
    spec:
      containers:
      - name: main
        image: registry.example.com/app-${i}:1.0.${i}
        ports:
        - name: http
          containerPort: 8080
          protocol: TCP
`;
}

function policy(i: number): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-app-${i}
  namespace: ns-${i % 50}
spec:
  podSelector:
    matchLabels:
      app: app-${i}
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: ns-${(i + 1) % 50}
      podSelector:
        matchExpressions:
        - key: tier
          operator: In
          values: [frontend, backend]
    - ipBlock:
        cidr: 10.${i % 256}.0.0/16
        except:
        - 10.${i % 256}.1.0/24
    ports:
    - protocol: TCP
      port: 8080
      endPort: 8090
  egress:
  - to:
    - podSelector: {}
`;
}

/** A synthetic YAML stream of at least `bytes` characters. */
export function syntheticYaml(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = i % 4 === 3 ? policy(i) : deployment(i);
    parts.push(doc);
    size += doc.length + 4;
  }
  return parts.join('---\n');
}

/** Loads a ~4 MB stream once (after one warm-up run) and reports its size and time. */
export function benchLoad(bytes = 4 * 1024 * 1024): { bytes: number; ms: number; objects: number } {
  const text = syntheticYaml(bytes);
  loadText(text.slice(0, 100_000));
  const start = performance.now();
  const result = loadText(text);
  const ms = performance.now() - start;
  return { bytes: text.length, ms: Math.round(ms), objects: result.objects.length };
}
