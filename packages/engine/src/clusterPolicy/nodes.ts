/** `kind: Node` objects → what `nodes` peers match: labels and the IPs of `status.addresses`. */
import { parseIp } from '../compile';
import { arrayAt, isPlain, objectAt, scalarText } from '../util';
import type { LoadedObject, NodeInfo } from '../model';

export function readNodes(objects: readonly LoadedObject[]): NodeInfo[] {
  return objects.filter((o) => o.kind === 'Node' && o.apiVersion === 'v1').map(readNode);
}

function readNode(object: LoadedObject): NodeInfo {
  const labels: Record<string, string> = {};
  const rawLabels = objectAt(objectAt(object.object, 'metadata'), 'labels');
  for (const [key, value] of Object.entries(rawLabels ?? {})) {
    const text = scalarText(value);
    if (text !== undefined) labels[key] = text;
  }
  // Hostname entries are names, not addresses: only what parses as an IP is matched.
  const ips = (arrayAt(objectAt(object.object, 'status'), 'addresses') ?? []).flatMap((entry) => {
    const address = isPlain(entry) ? scalarText(entry['address']) : undefined;
    return address !== undefined && parseIp(address) ? [address] : [];
  });
  return { name: object.name, labels, ips, source: object.ref };
}
