/**
 * Reading flow ends from the command line: `NS/POD` (a pod id, as the CLI prints them),
 * an IP address, a CIDR (for generate), or `ns:NAME` (a whole namespace, for generate).
 */
import type { FlowEndpoint, PolicyModel } from '@netpol/engine';
import { parseCidr, parseIp } from '@netpol/engine';
import type { Parsed } from './args';

/** A probe end: a known pod or an IP address. */
export function parseFlowEndpoint(
  flag: string,
  text: string,
  model: PolicyModel,
): Parsed<FlowEndpoint> {
  if (parseIp(text) !== undefined) return { ok: true, value: { kind: 'ip', ip: text } };
  if (!/^[^/\s]+\/[^/\s]+$/.test(text)) {
    return { ok: false, message: `--${flag} ${text}: expected NS/POD or an IP address` };
  }
  if (model.podIndex[text] === undefined)
    return { ok: false, message: `--${flag} ${text}: ${unknownPod(text, model)}` };
  return { ok: true, value: { kind: 'pod', id: text } };
}

/** A generate source: pod, `ns:NAME`, IP (as a /32 or /128) or CIDR. */
export function parseIntentEnd(
  flag: string,
  text: string,
  model: PolicyModel,
  allowNamespace: boolean,
): Parsed<
  { kind: 'pod'; id: string } | { kind: 'namespace'; name: string } | { kind: 'cidr'; cidr: string }
> {
  const ip = parseIp(text);
  if (ip !== undefined)
    return { ok: true, value: { kind: 'cidr', cidr: `${text}/${ip.family === 4 ? 32 : 128}` } };
  if (text.includes('/') && parseCidr(text) !== undefined)
    return { ok: true, value: { kind: 'cidr', cidr: text } };
  const namespace = /^(?:ns|namespace):(.+)$/.exec(text)?.[1];
  if (namespace !== undefined) {
    if (!allowNamespace)
      return { ok: false, message: `--${flag} ${text}: a namespace can only be a source` };
    return { ok: true, value: { kind: 'namespace', name: namespace } };
  }
  if (!/^[^/\s]+\/[^/\s]+$/.test(text)) {
    const forms = allowNamespace
      ? 'NS/POD, ns:NAMESPACE, an IP or a CIDR'
      : 'NS/POD, an IP or a CIDR';
    return { ok: false, message: `--${flag} ${text}: expected ${forms}` };
  }
  if (model.podIndex[text] === undefined)
    return { ok: false, message: `--${flag} ${text}: ${unknownPod(text, model)}` };
  return { ok: true, value: { kind: 'pod', id: text } };
}

function unknownPod(id: string, model: PolicyModel): string {
  const name = id.split('/')[1] ?? '';
  const sameName = model.cluster.pods.filter((p) => p.name === name).map((p) => p.id);
  if (sameName.length > 0) return `no such pod; did you mean ${sameName.slice(0, 3).join(', ')}?`;
  return `no such pod (${model.cluster.pods.length} pods known)`;
}
