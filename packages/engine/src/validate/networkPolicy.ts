/**
 * The kube-apiserver's NetworkPolicy validation on create
 * (pkg/apis/networking/validation/validation.go: ValidateNetworkPolicy and friends), rule
 * for rule, with the same field paths, order and messages.
 */
import {
  asArray,
  asInt32,
  asRecord,
  asRecords,
  asString,
  cidrWarnings,
  goContains,
  parseCidrSloppy,
} from '../util';
import type { Json } from '../util';
import { forbidden, invalid, notSupported, required } from './fieldError';
import type { FieldError } from './fieldError';
import { validateLabelSelector, validateObjectMeta } from './metaRules';
import { isValidPortName, isValidPortNum, nameIsDNSSubdomain } from './names';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES = ['Ingress', 'Egress'];
const CIDR_EXAMPLE = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** `ValidateNetworkPolicyName` is `NameIsDNSSubdomain`: up to 253 characters, dots allowed. */
export const validateNetworkPolicyName = nameIsDNSSubdomain;

/** `ValidateNetworkPolicy`: ObjectMeta (namespaced, DNS-1123 subdomain name), then the spec. */
export function validateNetworkPolicy(object: Json, namespace: string): FieldError[] {
  return [
    ...validateObjectMeta(object['metadata'], namespace, true, validateNetworkPolicyName),
    ...validateNetworkPolicySpec(asRecord(object['spec']) ?? {}, 'spec'),
  ];
}

export function validateNetworkPolicySpec(spec: Json, path: string): FieldError[] {
  const errs = validateLabelSelector(spec['podSelector'], `${path}.podSelector`);
  asRecords(spec['ingress']).forEach((rule, i) => {
    const rulePath = `${path}.ingress[${i}]`;
    asRecords(rule['ports']).forEach((port, j) =>
      errs.push(...validatePort(port, `${rulePath}.ports[${j}]`)),
    );
    asRecords(rule['from']).forEach((peer, j) =>
      errs.push(...validatePeer(peer, `${rulePath}.from[${j}]`)),
    );
  });
  asRecords(spec['egress']).forEach((rule, i) => {
    const rulePath = `${path}.egress[${i}]`;
    asRecords(rule['ports']).forEach((port, j) =>
      errs.push(...validatePort(port, `${rulePath}.ports[${j}]`)),
    );
    asRecords(rule['to']).forEach((peer, j) =>
      errs.push(...validatePeer(peer, `${rulePath}.to[${j}]`)),
    );
  });
  const types = asArray(spec['policyTypes']);
  if (types.length > POLICY_TYPES.length) {
    // The entries are then not checked one by one.
    errs.push(
      invalid(
        `${path}.policyTypes`,
        types,
        'may not specify more than two policyTypes',
        '[]networking.PolicyType',
      ),
    );
    return errs;
  }
  types.forEach((type, i) => {
    if (typeof type === 'string' && !POLICY_TYPES.includes(type)) {
      errs.push(notSupported(`${path}.policyTypes[${i}]`, type, POLICY_TYPES));
    }
  });
  return errs;
}

/**
 * `ValidateNetworkPolicyPort`: protocol TCP/UDP/SCTP; a numeric port in 1–65535, with
 * `endPort` ≥ port and ≤ 65535; a named port an IANA service name, without `endPort`;
 * no `endPort` without `port`.
 */
export function validatePort(port: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const protocol = asString(port['protocol']);
  if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
    errs.push(notSupported(`${path}.protocol`, protocol, PROTOCOLS));
  }
  const value = port['port'];
  const endPort = asInt32(port['endPort']);
  const number = asInt32(value);
  if (number !== undefined) {
    for (const msg of isValidPortNum(number)) errs.push(invalid(`${path}.port`, number, msg));
    if (endPort !== undefined) {
      if (endPort < number)
        errs.push(invalid(`${path}.endPort`, endPort, 'must be greater than or equal to `port`'));
      for (const msg of isValidPortNum(endPort))
        errs.push(invalid(`${path}.endPort`, endPort, msg));
    }
  } else if (typeof value === 'string') {
    if (endPort !== undefined) {
      errs.push(
        invalid(`${path}.endPort`, endPort, 'may not be specified when `port` is non-numeric'),
      );
    }
    for (const msg of isValidPortName(value)) errs.push(invalid(`${path}.port`, value, msg));
  } else if (endPort !== undefined && (value === undefined || value === null)) {
    errs.push(
      invalid(`${path}.endPort`, endPort, 'may not be specified when `port` is not specified'),
    );
  }
  return errs;
}

/** `ValidateNetworkPolicyPeer`: at least one selector or ipBlock; ipBlock stands alone. */
export function validatePeer(peer: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  const present = (v: unknown) => asRecord(v) !== undefined;
  if (present(peer['podSelector'])) {
    count++;
    errs.push(...validateLabelSelector(peer['podSelector'], `${path}.podSelector`));
  }
  if (present(peer['namespaceSelector'])) {
    count++;
    errs.push(...validateLabelSelector(peer['namespaceSelector'], `${path}.namespaceSelector`));
  }
  const ipBlock = asRecord(peer['ipBlock']);
  if (ipBlock) {
    count++;
    errs.push(...validateIPBlock(ipBlock, `${path}.ipBlock`));
  }
  if (count === 0) errs.push(required(path, 'must specify a peer'));
  else if (count > 1 && ipBlock)
    errs.push(forbidden(path, 'may not specify both ipBlock and another peer'));
  return errs;
}

/**
 * `ValidateIPBlock`: `cidr` required and a valid CIDR; each `except` a valid CIDR strictly
 * inside `cidr` (contained, and a longer prefix). Once `cidr` fails, `except` is not checked.
 */
export function validateIPBlock(ipBlock: Json, path: string): FieldError[] {
  const cidr = asString(ipBlock['cidr']) ?? '';
  if (cidr === '') return [required(`${path}.cidr`)];
  const net = parseCidrSloppy(cidr);
  if (!net) return [invalid(`${path}.cidr`, cidr, CIDR_EXAMPLE)];
  const errs: FieldError[] = [];
  asArray(ipBlock['except']).forEach((value, i) => {
    if (typeof value !== 'string') return;
    const exceptPath = `${path}.except[${i}]`;
    const except = parseCidrSloppy(value);
    if (!except) {
      errs.push(invalid(exceptPath, value, CIDR_EXAMPLE));
      return;
    }
    if (!goContains(net, except.ip) || net.prefixLength >= except.prefixLength) {
      errs.push(invalid(exceptPath, value, 'must be a strict subset of `cidr`'));
    }
  });
  return errs;
}

/** The apiserver's warnings for accepted but non-standard CIDRs of every ipBlock. */
export function networkPolicyWarnings(object: Json): FieldError[] {
  const warnings: FieldError[] = [];
  const spec = asRecord(object['spec']) ?? {};
  const visit = (rules: unknown, direction: string, peers: string) => {
    asRecords(rules).forEach((rule, i) => {
      asRecords(rule[peers]).forEach((peer, j) => {
        const ipBlock = asRecord(peer['ipBlock']);
        if (!ipBlock) return;
        const path = `spec.${direction}[${i}].${peers}[${j}].ipBlock`;
        const values: Array<[string, unknown]> = [[`${path}.cidr`, ipBlock['cidr']]];
        asArray(ipBlock['except']).forEach((e, k) => values.push([`${path}.except[${k}]`, e]));
        for (const [p, v] of values) {
          const net = typeof v === 'string' ? parseCidrSloppy(v) : undefined;
          if (!net || typeof v !== 'string') continue;
          for (const message of cidrWarnings(p, v, net)) {
            warnings.push({ code: 'FIELD_WARNING', path: p, message: message.slice(p.length + 2) });
          }
        }
      });
    });
  };
  visit(spec['ingress'], 'ingress', 'from');
  visit(spec['egress'], 'egress', 'to');
  return warnings;
}
