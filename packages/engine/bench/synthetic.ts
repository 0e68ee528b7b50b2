/**
 * A synthetic cluster as YAML text: namespaces with team/env labels, Deployments (and some
 * bare Pods with IPs) labelled app/tier/team, and NetworkPolicies about 8% of the pod count:
 * default-deny, allow-from-app, namespace selectors, ipBlocks, named ports and endPort ranges.
 * Deterministic: the same size always gives the same text.
 */

const TIERS = ['frontend', 'backend', 'db', 'cache'] as const;
const ENVS = ['prod', 'staging', 'dev'] as const;

function namespaceYaml(n: number): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ns-${n}
  labels:
    team: team-${n % 10}
    env: ${ENVS[n % 3]}
`;
}

function workloadYaml(i: number, ns: number): string {
  const tier = TIERS[i % 4] as string;
  const labels = `app: app-${i}\n        tier: ${tier}\n        team: team-${ns % 10}`;
  const containers = `      containers:
      - name: main
        image: registry.example.com/app-${i}:1.0
        ports:
        - name: http
          containerPort: 8080
        - name: metrics
          containerPort: 9090
${tier === 'db' ? '        - name: db\n          containerPort: 5432\n' : ''}`;
  if (i % 10 === 9) {
    // A bare Pod with a known IP, so ipBlock peers can tell pods apart.
    return `apiVersion: v1
kind: Pod
metadata:
  name: pod-${i}
  namespace: ns-${ns}
  labels:
        ${labels}
spec:
${containers}status:
  podIP: 10.${ns % 256}.${(i >> 8) % 256}.${i % 256}
`.replace(/\n {8}(app|tier|team):/g, '\n    $1:');
  }
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ns-${ns}
spec:
  replicas: ${1 + (i % 3)}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        ${labels}
    spec:
${containers}`;
}

function policyYaml(k: number, namespaces: number, pods: number): string {
  const ns = k % namespaces;
  const head = (name: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}-${k}\n  namespace: ns-${ns}\nspec:\n`;
  // Apps of the policy's own namespace (workload i lives in namespace i % namespaces).
  const perNamespace = Math.max(1, Math.floor(pods / namespaces));
  const appIn = (j: number) => ns + namespaces * (j % perNamespace);
  const app = appIn(k * 31);
  switch (k % 8) {
    case 0:
      return `${head('default-deny')}  podSelector: {}\n  policyTypes:\n  - Ingress\n`;
    case 1:
    case 2:
      return `${head('allow-from-app')}  podSelector:
    matchLabels:
      app: app-${app}
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: app-${appIn(k * 31 + 1)}
    ports:
    - port: 8080
`;
    case 3:
      return `${head('db-from-team')}  podSelector:
    matchLabels:
      tier: db
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          team: team-${k % 10}
      podSelector:
        matchLabels:
          tier: backend
    ports:
    - port: db
`;
    case 4:
      return `${head('frontend-egress')}  podSelector:
    matchLabels:
      tier: frontend
  policyTypes:
  - Egress
  egress:
  - to:
    - podSelector:
        matchLabels:
          tier: backend
    ports:
    - port: 8000
      endPort: 8100
  - to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: ns-0
    ports:
    - protocol: UDP
      port: 53
`;
    case 5:
      return `${head('from-cidr')}  podSelector:
    matchExpressions:
    - key: tier
      operator: In
      values: [frontend, cache]
  ingress:
  - from:
    - ipBlock:
        cidr: 10.0.0.0/8
        except:
        - 10.${k % 256}.0.0/16
    ports:
    - port: 443
    - port: http
`;
    case 6:
      return `${head('from-prod')}  podSelector:
    matchLabels:
      team: team-${k % 10}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          env: prod
    ports:
    - port: metrics
`;
    default:
      return `${head('not-dev')}  podSelector:
    matchExpressions:
    - key: tier
      operator: NotIn
      values: [db]
  ingress:
  - from:
    - namespaceSelector:
        matchExpressions:
        - key: env
          operator: NotIn
          values: [dev]
`;
  }
}

/** The YAML text of a synthetic cluster with `pods` pods and (by default) 8% as many policies. */
export function syntheticCluster(
  pods: number,
  policies = Math.round(pods * 0.08),
): { text: string; policies: number; namespaces: number } {
  const namespaces = Math.max(5, Math.round(pods / 100));
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) docs.push(namespaceYaml(n));
  for (let i = 0; i < pods; i++) docs.push(workloadYaml(i, i % namespaces));
  for (let k = 0; k < policies; k++) docs.push(policyYaml(k, namespaces, pods));
  return { text: docs.join('---\n'), policies, namespaces };
}

/**
 * A harder mix for the matrix: every policy isolates one app both ways and names other apps
 * as peers (half of them by named port), so most policies create classes of their own.
 */
export function pairwiseCluster(
  pods: number,
  policies: number,
): { text: string; policies: number; namespaces: number } {
  const { text, namespaces } = syntheticCluster(pods, 0);
  const perNamespace = Math.max(1, Math.floor(pods / namespaces));
  const docs = [text];
  for (let k = 0; k < policies; k++) {
    const ns = k % namespaces;
    const appIn = (j: number) => ns + namespaces * (j % perNamespace);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: pair-${k}
  namespace: ns-${ns}
spec:
  podSelector:
    matchLabels:
      app: app-${appIn(k * 7)}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: app-${appIn(k * 7 + 1)}
    ports:
    - port: ${k % 2 === 1 ? 'http' : 8000 + (k % 50)}
  egress:
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          app: app-${(k * 13) % pods}
`);
  }
  return { text: docs.join('---\n'), policies, namespaces };
}
