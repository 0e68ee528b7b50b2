// Test helper: small builders for Namespaces, Pods and NetworkPolicies as YAML text.
import { stringify } from 'yaml';

export interface PodOptions {
  readonly labels?: Record<string, string>;
  readonly ip?: string | readonly string[];
  readonly ports?: readonly { name?: string; containerPort: number; protocol?: string }[];
  readonly hostNetwork?: boolean;
}

export function namespace(name: string, labels: Record<string, string> = {}): object {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function pod(ns: string, name: string, options: PodOptions = {}): object {
  const ips =
    options.ip === undefined ? [] : typeof options.ip === 'string' ? [options.ip] : options.ip;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels: options.labels ?? {} },
    spec: {
      ...(options.hostNetwork ? { hostNetwork: true } : {}),
      containers: [{ name: 'main', image: 'example', ports: options.ports ?? [] }],
    },
    ...(ips.length > 0 ? { status: { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) } } : {}),
  };
}

export function policy(ns: string, name: string, spec: object): object {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: ns },
    spec,
  };
}

/** Multi-document YAML of the given objects. */
export function yamlOf(...objects: object[]): string {
  return objects.map((o) => stringify(o)).join('---\n');
}
