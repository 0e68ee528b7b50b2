/**
 * NPL008: a rule names a Service's `port` where the pods listen on its `targetPort`.
 * Policies act on pod traffic after kube-proxy's translation, so only container ports
 * count: port 80 of a Service that forwards to 8080 allows nothing there.
 */
import type { LoadedObject, PodEndpoint } from '../model';
import type { LintContext } from './context';
import { finding, peerPods, targetPods } from './context';
import type { LintFinding } from './types';

interface ServicePort {
  readonly service: string;
  readonly namespace: string;
  readonly selector: Readonly<Record<string, string>>;
  readonly port: number;
  readonly protocol: string;
  readonly targetPort: unknown;
}

function servicePorts(objects: readonly LoadedObject[]): ServicePort[] {
  const out: ServicePort[] = [];
  for (const object of objects) {
    if (object.kind !== 'Service') continue;
    const spec = (object.object['spec'] ?? {}) as Record<string, unknown>;
    const selector = spec['selector'];
    // A Service without a selector has hand-made endpoints: it selects no pod here.
    if (!selector || typeof selector !== 'object' || Object.keys(selector).length === 0) continue;
    const ports = Array.isArray(spec['ports']) ? (spec['ports'] as Record<string, unknown>[]) : [];
    for (const entry of ports) {
      if (typeof entry?.['port'] !== 'number') continue;
      out.push({
        service: object.name,
        namespace: object.namespace,
        selector: selector as Record<string, string>,
        port: entry['port'],
        protocol: typeof entry['protocol'] === 'string' ? entry['protocol'] : 'TCP',
        // targetPort defaults to port.
        targetPort: entry['targetPort'] ?? entry['port'],
      });
    }
  }
  return out;
}

function selects(service: ServicePort, pod: PodEndpoint): boolean {
  return (
    pod.namespace === service.namespace &&
    Object.entries(service.selector).every(([k, v]) => pod.labels[k] === v)
  );
}

export function lintServicePorts(context: LintContext): LintFinding[] {
  const services = servicePorts(context.validObjects).filter((s) => s.targetPort !== s.port);
  if (services.length === 0) return [];
  const { pods } = context.analysis.cluster;
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const targets = targetPods(context, policy);
    for (const rule of [...policy.compiled.ingress, ...policy.compiled.egress]) {
      if (rule.ports.kind === 'all') continue;
      const destinations = (rule.direction === 'ingress' ? targets : peerPods(context, rule))
        .map((i) => pods[i])
        .filter((pod): pod is PodEndpoint => pod !== undefined);
      for (const port of rule.ports.ports) {
        if (port.kind !== 'number') continue;
        const service = services.find((s) => {
          if (s.port !== port.port || s.protocol !== port.protocol) return false;
          const selected = destinations.filter((pod) => selects(s, pod));
          return (
            selected.length > 0 &&
            !selected.some((pod) =>
              pod.ports.some((p) => p.port === port.port && p.protocol === port.protocol),
            )
          );
        });
        if (!service) continue;
        findings.push(
          finding(
            policy,
            'NPL008',
            `${port.origin.path}.port`,
            `${port.port} is the port of Service ${service.namespace}/${service.service}, not a container port of its pods; policies see the target port (${String(service.targetPort)})`,
          ),
        );
      }
    }
  }
  return findings;
}
