import { isMap, isSeq } from 'yaml';
import type { Document } from 'yaml';
import type { ObjectRef } from '../model';
import { deepRegions, parseChunk, parseYamlStream, splitDocuments } from '../load';
import type { ParsedDocument } from '../load';

/** The document an edit applies to, and the path of the object inside it. */
export interface EditTarget {
  readonly parsed: ParsedDocument;
  /** `[]` for a whole document, `['items', i]` for an item of a `kind: List`. */
  readonly prefix: ReadonlyArray<string | number>;
}

type Found = { readonly target: EditTarget } | { readonly message: string };

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Does the object at `prefix` of `doc` have the ref's kind and name? */
function matches(
  doc: Document.Parsed,
  prefix: ReadonlyArray<string | number>,
  ref: ObjectRef,
): boolean {
  const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
  if (!isMap(node)) return false;
  const kind = str(node.get('kind'));
  const metadata = node.get('metadata', true);
  const name = isMap(metadata) ? str(metadata.get('name')) : '';
  // An item of a typed list (PodList) may omit its kind.
  return (kind === ref.kind || kind === '') && name === ref.name;
}

/**
 * Only the document at `index`, read on its own (edits of a large workspace should not
 * re-read every document); undefined when that cannot be done safely.
 */
function parseOneDocument(text: string, index: number): ParsedDocument | undefined {
  if (deepRegions(text).length > 0) return undefined;
  const chunks = splitDocuments(text);
  const chunk = chunks?.[index];
  return chunk && parseChunk(text, chunk, chunks[index + 1]);
}

function prefixOf(ref: ObjectRef): ReadonlyArray<string | number> {
  return ref.itemIndex === undefined ? [] : ['items', ref.itemIndex];
}

/**
 * Finds the object a ref names in `text`: at its document (and List item) index when that
 * still holds the same kind and name, else the only document of the text that does (the
 * text may have changed since it was loaded). Documents with syntax errors are never
 * edited.
 */
export function findTarget(text: string, ref: ObjectRef): Found {
  const prefix = prefixOf(ref);
  const quick = parseOneDocument(text, ref.documentIndex);
  if (quick && matches(quick.doc, prefix, ref)) return { target: { parsed: quick, prefix } };
  const { documents } = parseYamlStream(text);
  const direct = documents[ref.documentIndex];
  const usable = (p: ParsedDocument) => p.doc.errors.length === 0;
  if (direct && usable(direct) && matches(direct.doc, prefix, ref))
    return { target: { parsed: direct, prefix } };
  const candidates: EditTarget[] = [];
  for (const parsed of documents) {
    if (!usable(parsed)) continue;
    if (matches(parsed.doc, [], ref)) candidates.push({ parsed, prefix: [] });
    const items = isMap(parsed.doc.contents) ? parsed.doc.contents.get('items', true) : undefined;
    if (isSeq(items)) {
      items.items.forEach((_, i) => {
        if (matches(parsed.doc, ['items', i], ref))
          candidates.push({ parsed, prefix: ['items', i] });
      });
    }
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) return { target: only };
  const what = `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
  if (direct && !usable(direct))
    return { message: `document ${ref.documentIndex + 1} has syntax errors; fix them first` };
  return {
    message:
      candidates.length > 1
        ? `${what} appears more than once in the text`
        : `${what} is not in the text`,
  };
}
