/**
 * apimachinery's ObjectMeta, label, annotation and label-selector validation
 * (api/validation/objectmeta.go, apis/meta/v1/validation/validation.go).
 */
import { asArray, asRecord, asRecords, asString, asStringMap } from '../util';
import type { Json } from '../util';
import { forbidden, invalid, required, tooLong } from './fieldError';
import type { FieldError } from './fieldError';
import { isLabelKey, isLabelValue, nameIsDNSLabel, utf8Length } from './names';

export type NameValidator = (name: string, prefix: boolean) => string[];

/** `TotalAnnotationSizeLimitB`: keys plus values, in bytes. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/**
 * `ValidateLabels`: errors are reported at the map's path, not per key (the apiserver
 * prints `metadata.labels: Invalid value: "Bad Key": ...`).
 */
export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [key, value] of asStringMap(labels)) {
    errs.push(...validateLabelName(key, path));
    for (const msg of isLabelValue(value)) errs.push(invalid(path, value, msg));
  }
  return errs;
}

export function validateLabelName(key: string, path: string): FieldError[] {
  return isLabelKey(key).map((msg) => invalid(path, key, msg));
}

/** `ValidateAnnotations`: keys are qualified names (case-insensitive), total size ≤ 256 KiB. */
export function validateAnnotations(annotations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [key, value] of asStringMap(annotations)) {
    for (const msg of isLabelKey(key.toLowerCase())) errs.push(invalid(path, key, msg));
    size += utf8Length(key) + utf8Length(value);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/**
 * `ValidateObjectMeta` for a create. `namespace` is the effective namespace (the file's,
 * or the default one the object will be created in); `namespaced` false forbids one.
 * (generation, ownerReferences, finalizers and managedFields are server-managed and not
 * checked here.)
 */
export function validateObjectMeta(
  metadata: unknown,
  namespace: string,
  namespaced: boolean,
  nameFn: NameValidator,
): FieldError[] {
  const meta: Json = asRecord(metadata) ?? {};
  const errs: FieldError[] = [];
  const generateName = asString(meta['generateName']) ?? '';
  const name = asString(meta['name']) ?? '';
  if (generateName !== '') {
    for (const msg of nameFn(generateName, true))
      errs.push(invalid('metadata.generateName', generateName, msg));
  }
  if (name === '' && generateName === '') {
    errs.push(required('metadata.name', 'name or generateName is required'));
  } else if (name !== '') {
    for (const msg of nameFn(name, false)) errs.push(invalid('metadata.name', name, msg));
  }
  const declared = asString(meta['namespace']) ?? '';
  if (namespaced) {
    if (namespace === '') errs.push(required('metadata.namespace'));
    else
      for (const msg of nameIsDNSLabel(namespace, false))
        errs.push(invalid('metadata.namespace', namespace, msg));
  } else if (declared !== '') {
    errs.push(forbidden('metadata.namespace', 'not allowed on this type'));
  }
  errs.push(...validateLabels(meta['labels'], 'metadata.labels'));
  errs.push(...validateAnnotations(meta['annotations'], 'metadata.annotations'));
  return errs;
}

/**
 * `ValidateLabelSelector` (with AllowInvalidLabelValueInSelector false, as on create):
 * matchLabels as labels; each matchExpression's operator decides whether values are
 * required (In, NotIn) or forbidden (Exists, DoesNotExist); keys and values as labels.
 */
export function validateLabelSelector(selector: unknown, path: string): FieldError[] {
  const sel = asRecord(selector);
  if (!sel) return [];
  const errs = validateLabels(sel['matchLabels'], `${path}.matchLabels`);
  asRecords(sel['matchExpressions']).forEach((expr, i) => {
    errs.push(...validateRequirement(expr, `${path}.matchExpressions[${i}]`));
  });
  return errs;
}

function validateRequirement(expr: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const operator = asString(expr['operator']) ?? '';
  const values = asArray(expr['values']);
  switch (operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        errs.push(
          required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"),
        );
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        errs.push(
          forbidden(
            `${path}.values`,
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
          ),
        );
      }
      break;
    default:
      errs.push(invalid(`${path}.operator`, operator, 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(asString(expr['key']) ?? '', `${path}.key`));
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    for (const msg of isLabelValue(value)) errs.push(invalid(`${path}.values[${i}]`, value, msg));
  });
  return errs;
}
