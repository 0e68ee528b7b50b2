/**
 * ClusterNetworkPolicy validated as the v1alpha2 CRD does on create: the structural schema
 * (types, unknown fields), required fields, enums, `priority` 0..1000, one-of subject /
 * peer / protocol / port, ranges, at most 25 rules, peers and protocols, and the CEL rules
 * (`isCIDR` on networks, `start < end`, no named ports with networks/nodes/domainNames).
 * Experimental-channel fields are accepted and flagged; another group's kind of the same
 * name (Antrea's `crd.antrea.io`) is reported as not evaluated.
 */
import {
  checkShape,
  invalid,
  nameIsDNSSubdomain,
  notSupported,
  parseCidrStrict,
  required,
  toDiagnostic,
  validateObjectMeta,
} from '../validate';
import type { FieldError } from '../validate';
import { makeDiagnostic } from '../model';
import type { Diagnostic, LoadedObject } from '../model';
import { CLUSTER_NETWORK_POLICY, EXPERIMENTAL_PEER_FIELDS } from './shape';
import { CNP_API_VERSION, CNP_KIND } from './types';

type Json = Readonly<Record<string, unknown>>;

const MAX_ITEMS = 25;
const TIERS = ['Admin', 'Baseline'];
const ACTIONS = ['Accept', 'Deny', 'Pass'];
const INGRESS_PEERS = ['namespaces', 'pods'];
const EGRESS_PEERS = ['namespaces', 'pods', 'nodes', 'networks', 'domainNames'];
const PROTOCOL_KEYS = ['tcp', 'udp', 'sctp', 'destinationNamedPort'];
/** `*.` then DNS labels; the CRD's pattern allows `_` inside labels and a trailing dot. */
const DOMAIN_NAME =
  /^(\*\.)?([a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.?$/;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function list(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The apiserver's wording for a schema bound (`... in body should be ...`). */
function bound(path: string, value: unknown, detail: string): FieldError {
  return invalid(path, value, `${path} in body ${detail}`);
}

function tooMany(path: string, count: number, max = MAX_ITEMS): FieldError {
  return {
    code: 'FIELD_INVALID',
    path,
    message: `Too many: ${count}: must have at most ${max} items`,
  };
}

/** `minProperties: 1, maxProperties: 1`: exactly one of the fields. */
function exactlyOne(path: string, value: Json, errs: FieldError[]): string | undefined {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && value[k] !== null);
  if (keys.length === 0) errs.push(bound(path, 0, 'should have at least 1 properties'));
  if (keys.length > 1) errs.push(bound(path, keys.length, 'should have at most 1 properties'));
  return keys.length === 1 ? keys[0] : undefined;
}

function itemCount(path: string, items: readonly unknown[], errs: FieldError[]): void {
  if (items.length === 0) errs.push(bound(path, 0, 'should have at least 1 items'));
  if (items.length > MAX_ITEMS) errs.push(tooMany(path, items.length));
}

/** All findings for one ClusterNetworkPolicy object (any apiVersion). */
export function validateClusterPolicy(obj: LoadedObject): FieldError[] {
  if (obj.apiVersion !== CNP_API_VERSION) return [versionFinding(obj.apiVersion)];
  const errs: FieldError[] = [];
  checkShape(obj.object, CLUSTER_NETWORK_POLICY, '', errs);
  errs.push(...validateObjectMeta(obj.object['metadata'], '', false, nameIsDNSSubdomain));
  const spec = record(obj.object['spec']);
  if (!spec) return [...errs, required('spec')];
  validateTier(spec, errs);
  validateSubject(spec['subject'], errs);
  for (const direction of ['ingress', 'egress'] as const) {
    const rules = list(spec[direction]);
    if (!rules) continue;
    if (rules.length > MAX_ITEMS) errs.push(tooMany(`spec.${direction}`, rules.length));
    rules.forEach((rule, i) =>
      validateRule(record(rule) ?? {}, direction, `spec.${direction}[${i}]`, errs),
    );
  }
  return errs;
}

function versionFinding(apiVersion: string): FieldError {
  if (apiVersion.startsWith('policy.networking.k8s.io/')) {
    return {
      code: 'API_NOT_SERVED',
      path: 'apiVersion',
      message: `ClusterNetworkPolicy ${apiVersion} is not served, use ${CNP_API_VERSION}`,
      hint: 'the network-policy-api CRDs (v0.2.0) serve only v1alpha2; this policy is not evaluated',
    };
  }
  return {
    code: 'CNP_NOT_EVALUATED',
    path: 'apiVersion',
    message: `ClusterNetworkPolicy ${apiVersion || '(no apiVersion)'} is not evaluated: it is not the Kubernetes ${CNP_API_VERSION} object`,
    hint: apiVersion.startsWith('crd.antrea.io/')
      ? "Antrea's own ClusterNetworkPolicy has different semantics (tiers, appliedTo); the picture does not include it"
      : 'only policy.networking.k8s.io/v1alpha2 ClusterNetworkPolicy is evaluated; the picture does not include this one',
  };
}

function validateTier(spec: Json, errs: FieldError[]): void {
  const tier = spec['tier'];
  if (tier === undefined || tier === null) errs.push(required('spec.tier'));
  else if (typeof tier === 'string' && !TIERS.includes(tier))
    errs.push(notSupported('spec.tier', tier, TIERS));
  const priority = spec['priority'];
  if (priority === undefined || priority === null) errs.push(required('spec.priority'));
  else if (typeof priority === 'number' && priority < 0)
    errs.push(bound('spec.priority', priority, 'should be greater than or equal to 0'));
  else if (typeof priority === 'number' && priority > 1000)
    errs.push(bound('spec.priority', priority, 'should be less than or equal to 1000'));
}

function validateSubject(raw: unknown, errs: FieldError[]): void {
  const subject = record(raw);
  if (!subject) {
    errs.push(required('spec.subject'));
    return;
  }
  if (exactlyOne('spec.subject', subject, errs) === 'pods')
    validatePods(subject['pods'], 'spec.subject.pods', errs);
}

function validatePods(raw: unknown, path: string, errs: FieldError[]): void {
  const pods = record(raw) ?? {};
  if (pods['podSelector'] === undefined || pods['podSelector'] === null)
    errs.push(required(`${path}.podSelector`));
}

function validateRule(
  rule: Json,
  direction: 'ingress' | 'egress',
  path: string,
  errs: FieldError[],
): void {
  const name = rule['name'];
  if (typeof name === 'string' && name.length > 100)
    errs.push({
      code: 'FIELD_TOO_LONG',
      path: `${path}.name`,
      message: 'Too long: may not be more than 100 bytes',
    });
  const action = rule['action'];
  if (action === undefined || action === null) errs.push(required(`${path}.action`));
  else if (typeof action === 'string' && !ACTIONS.includes(action)) {
    errs.push({
      ...notSupported(`${path}.action`, action, ACTIONS),
      ...(action === 'Allow'
        ? {
            hint: 'v1alpha2 renamed Allow to Accept (network-policy-api v0.2.0): write action: Accept',
          }
        : {}),
    });
  }
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const peers = list(rule[peersKey]);
  if (!peers) errs.push(required(`${path}.${peersKey}`));
  else itemCount(`${path}.${peersKey}`, peers, errs);
  const kinds = (peers ?? []).map((peer, i) =>
    validatePeer(record(peer) ?? {}, direction, `${path}.${peersKey}[${i}]`, errs),
  );
  const protocols = list(rule['protocols']);
  if (!protocols) return;
  itemCount(`${path}.protocols`, protocols, errs);
  const named = protocols.some((p) => record(p)?.['destinationNamedPort'] !== undefined);
  if (named && kinds.some((k) => k === 'networks' || k === 'nodes' || k === 'domainNames')) {
    errs.push(
      invalid(
        path,
        'object',
        'networks, nodes and domainNames peers cannot be combined with destinationNamedPort (experimental CRD)',
      ),
    );
  }
  protocols.forEach((p, i) => validateProtocol(record(p) ?? {}, `${path}.protocols[${i}]`, errs));
}

function validatePeer(
  peer: Json,
  direction: 'ingress' | 'egress',
  path: string,
  errs: FieldError[],
): string | undefined {
  const known = direction === 'ingress' ? INGRESS_PEERS : EGRESS_PEERS;
  const kind = exactlyOne(
    path,
    Object.fromEntries(Object.entries(peer).filter(([k]) => known.includes(k))),
    errs,
  );
  if (kind === 'pods') validatePods(peer['pods'], `${path}.pods`, errs);
  if (kind && EXPERIMENTAL_PEER_FIELDS.includes(kind)) {
    errs.push({
      code: 'CNP_EXPERIMENTAL',
      path: `${path}.${kind}`,
      message: `${kind} peers exist only in the experimental-channel CRD`,
      hint: 'with the standard-channel CRD the apiserver prunes the field and rejects the empty peer',
    });
  }
  if (kind === 'networks') validateNetworks(list(peer['networks']) ?? [], `${path}.networks`, errs);
  if (kind === 'domainNames') {
    const names = list(peer['domainNames']) ?? [];
    itemCount(`${path}.domainNames`, names, errs);
    names.forEach((n, i) => {
      if (typeof n === 'string' && !DOMAIN_NAME.test(n))
        errs.push(
          invalid(
            `${path}.domainNames[${i}]`,
            n,
            'must be a domain name, optionally with a leading "*." wildcard',
          ),
        );
    });
  }
  return kind;
}

function validateNetworks(networks: readonly unknown[], path: string, errs: FieldError[]): void {
  itemCount(path, networks, errs);
  const seen = new Set<string>();
  networks.forEach((cidr, i) => {
    if (typeof cidr !== 'string') return;
    const at = `${path}[${i}]`;
    if (seen.has(cidr))
      errs.push({
        code: 'FIELD_INVALID',
        path: at,
        message: `Duplicate value: ${JSON.stringify(cidr)}`,
      });
    seen.add(cidr);
    if (cidr.length > 43)
      errs.push({
        code: 'FIELD_TOO_LONG',
        path: at,
        message: 'Too long: may not be more than 43 bytes',
      });
    else if (!parseCidrStrict(cidr))
      errs.push(
        invalid(
          at,
          cidr,
          'must be a CIDR (isCIDR: no leading zeros, no IPv4-mapped IPv6), e.g. 10.0.0.0/8 or 2001:db8::/32',
        ),
      );
  });
}

function validateProtocol(protocol: Json, path: string, errs: FieldError[]): void {
  const kind = exactlyOne(
    path,
    Object.fromEntries(Object.entries(protocol).filter(([k]) => PROTOCOL_KEYS.includes(k))),
    errs,
  );
  if (!kind || kind === 'destinationNamedPort') return;
  const body = record(protocol[kind]) ?? {};
  const port = record(body['destinationPort']);
  if (!port) {
    // `tcp: {}` is rejected (minProperties 1); "all ports" is the range 1-65535.
    errs.push(bound(`${path}.${kind}`, 0, 'should have at least 1 properties'));
    return;
  }
  const portPath = `${path}.${kind}.destinationPort`;
  const which = exactlyOne(portPath, port, errs);
  if (which === 'number') checkPort(`${portPath}.number`, port['number'], errs);
  if (which === 'range') {
    const range = record(port['range']) ?? {};
    for (const key of ['start', 'end']) {
      if (range[key] === undefined || range[key] === null)
        errs.push(required(`${portPath}.range.${key}`));
      else checkPort(`${portPath}.range.${key}`, range[key], errs);
    }
    const { start, end } = range;
    if (typeof start === 'number' && typeof end === 'number' && start >= end)
      errs.push(invalid(`${portPath}.range`, 'object', 'start must be less than end'));
  }
}

function checkPort(path: string, value: unknown, errs: FieldError[]): void {
  if (typeof value !== 'number') return;
  if (value < 1) errs.push(bound(path, value, 'should be greater than or equal to 1'));
  if (value > 65535) errs.push(bound(path, value, 'should be less than or equal to 65535'));
}

/** Diagnostics of every ClusterNetworkPolicy among `objects` (other kinds are skipped). */
export function validateClusterPolicies(objects: readonly LoadedObject[]): Diagnostic[] {
  return objects
    .filter((o) => o.kind === CNP_KIND)
    .flatMap((o) => validateClusterPolicy(o).map((e) => toDiagnostic(o, e)));
}

/** One warning per ClusterNetworkPolicy not in force because the apiserver would reject it. */
export function clusterPolicyNotEnforced(object: LoadedObject): Diagnostic {
  return makeDiagnostic('POLICY_NOT_ENFORCED', {
    message: `ClusterNetworkPolicy ${object.name || '(unnamed)'} is invalid, so it is not in force: the apiserver would reject it`,
    file: object.ref.file,
    documentIndex: object.ref.documentIndex,
    range: object.fieldRanges['metadata.name'] ?? object.range,
    ref: object.ref,
    hint: 'Fix its errors to see what it would decide.',
  });
}
