/**
 * Basic apiserver checks for the cluster objects the engine reads: names, namespaces,
 * labels, the pod template's labels against the workload selector, and container ports.
 * Not the full pod validation — only what shapes the network picture.
 */
import { selectorMatches } from '../selector';
import type { LabelSelector } from '../selector';
import {
  asInt32,
  asRecord,
  asRecords,
  asString,
  asStringMap,
  parseIpSloppy,
  POD_TEMPLATE_PATHS,
} from '../util';
import type { Json } from '../util';
import { invalid, notSupported, required } from './fieldError';
import type { FieldError } from './fieldError';
import { validateLabels, validateLabelSelector, validateObjectMeta } from './metaRules';
import {
  isValidPortName,
  isValidPortNum,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  regexError,
} from './names';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** `NameIsDNS1035Label`, which Service names use: a letter first. */
function nameIsDNS1035Label(name: string): string[] {
  const fmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
  const errs = name.length > 63 ? ['must be no more than 63 characters'] : [];
  if (!new RegExp(`^${fmt}$`).test(name)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        fmt,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

export function validateOtherKind(kind: string, object: Json, namespace: string): FieldError[] {
  switch (kind) {
    case 'Namespace':
      return validateObjectMeta(object['metadata'], '', false, nameIsDNSLabel);
    case 'Pod':
      return [
        ...validateObjectMeta(object['metadata'], namespace, true, nameIsDNSSubdomain),
        ...validatePodSpec(asRecord(object['spec']) ?? {}, 'spec'),
        ...validatePodIps(asRecord(object['status']) ?? {}),
      ];
    case 'Service':
      return [
        ...validateObjectMeta(object['metadata'], namespace, true, (n) => nameIsDNS1035Label(n)),
        ...validateServicePorts(asRecord(object['spec']) ?? {}),
      ];
    default: {
      const templatePath = POD_TEMPLATE_PATHS[kind];
      if (!templatePath) return [];
      return [
        ...validateObjectMeta(object['metadata'], namespace, true, nameIsDNSSubdomain),
        ...validateWorkload(kind, object, templatePath),
      ];
    }
  }
}

function dig(object: Json, path: readonly string[]): Json | undefined {
  let current: Json | undefined = object;
  for (const key of path) current = current ? asRecord(current[key]) : undefined;
  return current;
}

function validateWorkload(
  kind: string,
  object: Json,
  templatePath: readonly string[],
): FieldError[] {
  const errs: FieldError[] = [];
  const path = templatePath.join('.');
  const template = dig(object, templatePath) ?? {};
  const templateMeta = asRecord(template['metadata']) ?? {};
  errs.push(...validateLabels(templateMeta['labels'], `${path}.metadata.labels`));
  errs.push(...validatePodSpec(asRecord(template['spec']) ?? {}, `${path}.spec`));
  if (kind === 'Job' || kind === 'CronJob') return errs; // the Job controller generates its selector
  const spec = asRecord(object['spec']) ?? {};
  const selector = asRecord(spec['selector']);
  if (!selector) {
    errs.push(required('spec.selector'));
    return errs;
  }
  errs.push(...validateLabelSelector(selector, 'spec.selector'));
  const labels = Object.fromEntries(asStringMap(templateMeta['labels']));
  if (!selectorMatches(selector as LabelSelector, labels)) {
    errs.push(
      invalid(`${path}.metadata.labels`, labels, '`selector` does not match template `labels`'),
    );
  }
  return errs;
}

/** Container ports (`validateContainerPorts`): number range, IANA names, protocol, unique names. */
function validatePodSpec(spec: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const group of ['initContainers', 'containers']) {
    asRecords(spec[group]).forEach((container, i) => {
      const names = new Set<string>();
      asRecords(container['ports']).forEach((port, j) => {
        const portPath = `${path}.${group}[${i}].ports[${j}]`;
        const name = asString(port['name']) ?? '';
        if (name !== '') {
          for (const msg of isValidPortName(name))
            errs.push(invalid(`${portPath}.name`, name, msg));
          if (names.has(name))
            errs.push({
              code: 'FIELD_INVALID',
              path: `${portPath}.name`,
              message: `Duplicate value: "${name}"`,
            });
          names.add(name);
        }
        const number = asInt32(port['containerPort']);
        if (number === undefined || number === 0) errs.push(required(`${portPath}.containerPort`));
        else
          for (const msg of isValidPortNum(number))
            errs.push(invalid(`${portPath}.containerPort`, number, msg));
        const protocol = asString(port['protocol']);
        if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
          errs.push(notSupported(`${portPath}.protocol`, protocol, PROTOCOLS));
        }
      });
    });
  }
  return errs;
}

function validateServicePorts(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  asRecords(spec['ports']).forEach((port, i) => {
    const path = `spec.ports[${i}]`;
    const number = asInt32(port['port']);
    if (number !== undefined)
      for (const msg of isValidPortNum(number)) errs.push(invalid(`${path}.port`, number, msg));
    const protocol = asString(port['protocol']);
    if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
      errs.push(notSupported(`${path}.protocol`, protocol, PROTOCOLS));
    }
  });
  return errs;
}

/**
 * `status.podIP` and `status.podIPs[].ip` as the kubelet would report them (the status
 * validation parses them with `ParseIPSloppy`). One that does not parse gives the pod no
 * address for ipBlock matching, so say so: a warning, because `kubectl apply` drops status.
 */
function validatePodIps(status: Json): FieldError[] {
  const entries: Array<[string, unknown]> = [['status.podIP', status['podIP']]];
  asRecords(status['podIPs']).forEach((entry, i) => entries.push([`status.podIPs[${i}].ip`, entry['ip']]));
  return entries.flatMap(([path, value]) =>
    typeof value === 'string' && value !== '' && parseIpSloppy(value) === undefined
      ? [
          {
            code: 'POD_IP_INVALID' as const,
            path,
            message: `Invalid value: ${JSON.stringify(value)}: must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`,
            hint: 'The pod is drawn without this address, so no ipBlock can match it.',
          },
        ]
      : [],
  );
}
