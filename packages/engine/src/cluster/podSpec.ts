import type { PodPort, Protocol } from '../model';
import { PROTOCOLS } from '../model';
import type { Labels } from '../selector';
import type { Plain } from '../util';
import { arrayAt, isPlain, objectAt, scalarText } from '../util';

/** Labels of an object's metadata, with scalar values read as strings. */
export function readLabels(metadata: Plain | undefined): Labels {
  const raw = objectAt(metadata, 'labels');
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    const text = scalarText(value);
    if (text !== undefined) labels[key] = text;
  }
  return labels;
}

/**
 * Container ports of `spec.containers` (not init containers: Kubernetes resolves named
 * ports over `spec.containers` only, see `FindPort` in pkg/api/v1/pod). Protocol defaults to TCP.
 */
export function readPorts(podSpec: Plain | undefined): PodPort[] {
  const ports: PodPort[] = [];
  for (const container of arrayAt(podSpec, 'containers') ?? []) {
    for (const raw of arrayAt(container, 'ports') ?? []) {
      if (!isPlain(raw) || typeof raw['containerPort'] !== 'number') continue;
      const protocolRaw = raw['protocol'];
      const protocol: Protocol | undefined =
        protocolRaw === undefined || protocolRaw === null
          ? 'TCP'
          : PROTOCOLS.find((p) => p === protocolRaw);
      if (!protocol) continue;
      ports.push({ name: scalarText(raw['name']) ?? '', port: raw['containerPort'], protocol });
    }
  }
  return ports;
}

/** `status.podIPs[].ip`, falling back to `status.podIP`; duplicates removed. */
export function readPodIps(status: Plain | undefined): string[] {
  const ips: string[] = [];
  for (const entry of arrayAt(status, 'podIPs') ?? []) {
    const ip = isPlain(entry) ? scalarText(entry['ip']) : undefined;
    if (ip && !ips.includes(ip)) ips.push(ip);
  }
  const single = scalarText(status?.['podIP']);
  if (single && !ips.includes(single)) ips.unshift(single);
  return ips;
}

export function readHostNetwork(podSpec: Plain | undefined): boolean {
  return podSpec?.['hostNetwork'] === true;
}
