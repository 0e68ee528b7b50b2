import { isMap, isSeq } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import { makeDiagnostic } from '../model';
import type { Diagnostic, LoadedObject, ObjectRef, SourceRange } from '../model';
import { collectFieldRanges } from './fieldRanges';
import { classifyUnmodelledKind, isClusterScoped, isListKind, KNOWN_KINDS } from './kinds';
import { rangeFromOffsets } from './sourceRange';

/** What one document needs to know to turn its value into objects. */
export interface DocumentContext {
  readonly file: string;
  readonly documentIndex: number;
  readonly defaultNamespace: string;
  readonly lines: LineCounter;
  /** The range of the whole document, for problems that have no better place. */
  readonly range: SourceRange;
}

export interface DocumentObjects {
  readonly objects: LoadedObject[];
  readonly diagnostics: Diagnostic[];
}

type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'not a mapping';
}

function nodeRange(node: Node | undefined, ctx: DocumentContext): SourceRange {
  return node?.range ? rangeFromOffsets(ctx.lines, node.range[0], node.range[1]) : ctx.range;
}

/**
 * Turns one parsed document into Kubernetes objects: a single object, or the items of
 * a `kind: List` / `PodList` (each item with `ref.itemIndex`). Never throws; every
 * problem is a diagnostic.
 */
export function objectsFromDocument(
  value: unknown,
  root: Node | undefined,
  ctx: DocumentContext,
): DocumentObjects {
  const out: DocumentObjects = { objects: [], diagnostics: [] };
  if (value === null || value === undefined) return out; // an empty document: kubectl skips it
  const base = { file: ctx.file, documentIndex: ctx.documentIndex };
  if (!isPlainObject(value)) {
    out.diagnostics.push(
      makeDiagnostic('NOT_AN_OBJECT', {
        ...base,
        message: `document is ${describe(value)}, expected a Kubernetes object (a mapping with apiVersion and kind)`,
        range: nodeRange(root, ctx),
      }),
    );
    return out;
  }
  const kind = value['kind'];
  if (typeof kind === 'string' && isListKind(kind) && 'items' in value) {
    addListItems(value, root, ctx, out);
    return out;
  }
  addObject(value, root, ctx, out, undefined, undefined);
  return out;
}

function addListItems(
  list: Json,
  root: Node | undefined,
  ctx: DocumentContext,
  out: DocumentObjects,
): void {
  const items = list['items'];
  const itemsNode = isMap(root) ? (root.get('items', true) as Node | undefined) : undefined;
  if (items === null || items === undefined) return;
  if (!Array.isArray(items)) {
    out.diagnostics.push(
      makeDiagnostic('NOT_AN_OBJECT', {
        file: ctx.file,
        documentIndex: ctx.documentIndex,
        path: 'items',
        message: `items of a ${String(list['kind'])} must be a list, not ${describe(items)}`,
        range: nodeRange(itemsNode, ctx),
      }),
    );
    return;
  }
  // A typed list (`PodList`) from the API may omit each item's kind and apiVersion.
  const listKind = String(list['kind']);
  const typed = listKind !== 'List';
  const inferred = {
    kind: typed ? listKind.slice(0, -'List'.length) : undefined,
    apiVersion: typed && typeof list['apiVersion'] === 'string' ? list['apiVersion'] : undefined,
  };
  items.forEach((item, index) => {
    const node = isSeq(itemsNode) ? (itemsNode.items[index] as Node | undefined) : undefined;
    if (!isPlainObject(item)) {
      out.diagnostics.push(
        makeDiagnostic('NOT_AN_OBJECT', {
          file: ctx.file,
          documentIndex: ctx.documentIndex,
          path: `items[${index}]`,
          message: `items[${index}] is ${describe(item)}, expected a Kubernetes object`,
          range: nodeRange(node, ctx),
        }),
      );
      return;
    }
    addObject(item, node, ctx, out, index, inferred);
  });
}

function addObject(
  value: Json,
  node: Node | undefined,
  ctx: DocumentContext,
  out: DocumentObjects,
  itemIndex: number | undefined,
  inferred: { kind?: string; apiVersion?: string } | undefined,
): void {
  const where = itemIndex === undefined ? '' : `items[${itemIndex}]: `;
  const base = { file: ctx.file, documentIndex: ctx.documentIndex };
  const range = nodeRange(node, ctx);
  const rawKind = value['kind'] ?? inferred?.kind;
  if (typeof rawKind !== 'string' || rawKind === '') {
    const message =
      rawKind === undefined || rawKind === null || rawKind === ''
        ? 'kind not set'
        : 'kind must be a string';
    out.diagnostics.push(
      makeDiagnostic('MISSING_KIND', { ...base, message: where + message, range }),
    );
    return;
  }
  const kind = rawKind;
  const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
  const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
  const declaredNamespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : '';
  const namespace = isClusterScoped(kind) ? '' : declaredNamespace || ctx.defaultNamespace;
  const ref: ObjectRef =
    itemIndex === undefined
      ? { kind, namespace, name, file: ctx.file, documentIndex: ctx.documentIndex }
      : { kind, namespace, name, file: ctx.file, documentIndex: ctx.documentIndex, itemIndex };
  const ranges = node
    ? collectFieldRanges(node, ctx.lines)
    : { values: { '': range }, keys: {}, octal: [] };
  const rawApiVersion = value['apiVersion'] ?? inferred?.apiVersion;
  const apiVersion = typeof rawApiVersion === 'string' ? rawApiVersion : '';
  // A NetworkPolicy's apiVersion is checked by validation, whose errors decide enforcement.
  if (apiVersion === '' && kind !== 'NetworkPolicy') {
    out.diagnostics.push(
      makeDiagnostic('MISSING_API_VERSION', {
        ...base,
        ref,
        message: where + 'apiVersion not set',
        range,
      }),
    );
  }
  for (const { path, source, value: number } of ranges.octal) {
    out.diagnostics.push(
      makeDiagnostic('YAML_OCTAL', {
        ...base,
        ref,
        path,
        message: `${source} is read as the octal number ${number} (kubectl reads YAML 1.1)`,
        range: ranges.values[path] ?? range,
        hint: `quote it ("${source}") for a string, or drop the leading zero for the decimal number`,
      }),
    );
  }
  const unmodelled = KNOWN_KINDS.has(kind) ? undefined : classifyUnmodelledKind(apiVersion, kind);
  if (unmodelled?.kind === 'not-served' && apiVersion !== '') {
    out.diagnostics.push(
      makeDiagnostic('KIND_NOT_SERVED', {
        ...base,
        ref,
        path: 'kind',
        message: where + unmodelled.message,
        range: ranges.values['kind'] ?? range,
        hint: `${unmodelled.hint ? `${unmodelled.hint} ` : ''}kubectl apply refuses the object, so it is not in the picture`,
      }),
    );
  } else if (unmodelled) {
    out.diagnostics.push(
      makeDiagnostic('UNKNOWN_KIND', {
        ...base,
        ref,
        path: 'kind',
        message: `${where}${kind}${name ? ` "${name}"` : ''} ignored: Netpol Canvas reads Namespaces, Pods, workloads, Services and NetworkPolicies`,
        range: ranges.values['kind'] ?? range,
      }),
    );
  }
  out.objects.push({
    ref,
    apiVersion,
    kind,
    name,
    namespace,
    object: value,
    range,
    fieldRanges: ranges.values,
    keyRanges: ranges.keys,
  });
}
