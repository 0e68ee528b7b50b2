/**
 * The one catalogue of diagnostic codes. Every `Diagnostic.code` the engine produces is a
 * key of `DIAGNOSTICS`; other steps may append their own codes here (keep them grouped
 * by step and never reuse or rename a published code: the app and CLI key on them).
 */
import type { Diagnostic, ObjectRef, Severity, SourceRange } from './source';

export interface DiagnosticSpec {
  readonly severity: Severity;
  /** A short, plain title, e.g. for a help page or a legend. */
  readonly title: string;
}

export const DIAGNOSTICS = {
  // load: text → documents → objects
  YAML_SYNTAX: { severity: 'error', title: 'YAML syntax error' },
  YAML_DUPLICATE_KEY: { severity: 'error', title: 'Duplicate key in a mapping' },
  YAML_ALIAS_LIMIT: { severity: 'error', title: 'Too many YAML aliases (possible alias bomb)' },
  YAML_TOO_DEEP: { severity: 'error', title: 'Document nested too deeply' },
  YAML_WARNING: { severity: 'warning', title: 'YAML warning' },
  YAML_OCTAL: { severity: 'warning', title: 'Number read as octal (YAML 1.1)' },
  JSON_SYNTAX: { severity: 'error', title: 'JSON syntax error' },
  INVALID_UTF8: { severity: 'error', title: 'Text is not valid UTF-8' },
  INPUT_TOO_LARGE: { severity: 'error', title: 'Input too large' },
  NOT_AN_OBJECT: { severity: 'error', title: 'Document is not a Kubernetes object' },
  MISSING_API_VERSION: { severity: 'error', title: 'apiVersion not set' },
  MISSING_KIND: { severity: 'error', title: 'kind not set' },
  API_NOT_SERVED: { severity: 'error', title: 'API version no longer served' },
  UNKNOWN_KIND: { severity: 'info', title: 'Kind ignored' },
  KIND_NOT_SERVED: { severity: 'error', title: 'Kind not served in its API group' },
  LOAD_INTERNAL: { severity: 'error', title: 'Unexpected failure while loading' },
  // validate: the kube-apiserver's field errors (field.ErrorType) and friends
  FIELD_INVALID: { severity: 'error', title: 'Invalid value' },
  FIELD_REQUIRED: { severity: 'error', title: 'Required value' },
  FIELD_FORBIDDEN: { severity: 'error', title: 'Forbidden' },
  FIELD_UNSUPPORTED: { severity: 'error', title: 'Unsupported value' },
  FIELD_TOO_LONG: { severity: 'error', title: 'Too long' },
  FIELD_TYPE: { severity: 'error', title: 'Wrong type' },
  FIELD_UNKNOWN: { severity: 'error', title: 'Unknown field' },
  FIELD_MISSPELLED: { severity: 'warning', title: 'Probably a misspelled field' },
  FIELD_WARNING: { severity: 'warning', title: 'Accepted with a warning' },
  FIELD_SANITY: { severity: 'warning', title: 'Suspicious value' },
  POD_IP_INVALID: { severity: 'warning', title: 'Pod IP address cannot be read' },
  // cluster: objects → namespaces and pod endpoints
  DUPLICATE_POD: { severity: 'warning', title: 'Pod defined more than once' },
  // analyze: the whole pipeline
  POLICY_NOT_ENFORCED: { severity: 'warning', title: 'Invalid policy not in force' },
  OBJECT_NOT_CREATED: { severity: 'warning', title: 'Invalid object not in the cluster' },
  POLICY_SUPERSEDED: {
    severity: 'warning',
    title: 'Policy replaced by a later one of the same name',
  },
  // clusterPolicy: ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2)
  CNP_NOT_EVALUATED: { severity: 'info', title: 'Cluster policy not evaluated' },
  CNP_EXPERIMENTAL: { severity: 'info', title: 'Experimental-channel field' },
  // expect: expectations files (written intent: "frontend reaches the cart")
  EXPECTATION_INVALID: { severity: 'error', title: 'Invalid expectation' },
} as const satisfies Readonly<Record<string, DiagnosticSpec>>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** The parts of a diagnostic that vary; severity comes from the catalogue unless given. */
export interface DiagnosticInput {
  readonly message: string;
  readonly file?: string;
  readonly documentIndex?: number;
  readonly path?: string;
  readonly range?: SourceRange;
  readonly hint?: string;
  readonly ref?: ObjectRef;
  readonly severity?: Severity;
}

/** Builds a `Diagnostic` for a catalogued code, leaving out fields that are undefined. */
export function makeDiagnostic(code: DiagnosticCode, input: DiagnosticInput): Diagnostic {
  const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: input.severity ?? DIAGNOSTICS[code].severity,
    message: input.message,
    file: input.file ?? '',
  };
  if (input.documentIndex !== undefined) out.documentIndex = input.documentIndex;
  if (input.path !== undefined) out.path = input.path;
  if (input.range !== undefined) out.range = input.range;
  if (input.hint !== undefined) out.hint = input.hint;
  if (input.ref !== undefined) out.ref = input.ref;
  return out;
}
