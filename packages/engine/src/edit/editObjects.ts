import { isMap } from 'yaml';
import type { ObjectRef } from '../model';
import { inFieldOrder, serializeObjects } from '../serialize';
import { spliceDocument } from './splice';
import { findTarget } from './target';

/** The outcome of a text edit: the new text, or the unchanged text and why. */
export interface EditResult {
  readonly text: string;
  readonly ok: boolean;
  readonly message?: string;
}

function failed(text: string, message: string): EditResult {
  return { text, ok: false, message };
}

/**
 * Appends objects as new documents at the end of the text, with `---` separators, in
 * kubectl's field order. The existing text is kept as it is.
 */
export function appendDocuments(text: string, objects: readonly unknown[]): string {
  if (objects.length === 0) return text;
  const added = serializeObjects(objects);
  if (text.trim() === '') return added;
  const base = text.endsWith('\n') ? text : `${text}\n`;
  // A text that already ends with a bare `---` line needs no second separator.
  const endsWithSeparator = /(^|\n)---[ \t]*\n?$/.test(base.trimEnd() + '\n');
  return endsWithSeparator ? base + added : `${base}---\n${added}`;
}

/** Removes an object: its whole document, or its entry in a `kind: List`'s items. */
export function removeObject(text: string, ref: ObjectRef): EditResult {
  const found = findTarget(text, ref);
  if ('message' in found) return failed(text, found.message);
  const { parsed, prefix } = found.target;
  if (prefix.length === 0) {
    return { text: text.slice(0, parsed.start) + text.slice(parsed.end), ok: true };
  }
  parsed.doc.deleteIn(prefix);
  return { text: spliceDocument(text, parsed), ok: true };
}

/** Replaces an object with another (written in kubectl's field order) where it stands. */
export function replaceObject(text: string, ref: ObjectRef, object: unknown): EditResult {
  const found = findTarget(text, ref);
  if ('message' in found) return failed(text, found.message);
  const { parsed, prefix } = found.target;
  const node = parsed.doc.createNode(inFieldOrder(object));
  if (prefix.length === 0) {
    // Keep the comment above the document's first line (commentBefore stays on the doc).
    (parsed.doc as { contents: unknown }).contents = node;
  } else {
    parsed.doc.setIn(prefix, node);
  }
  return { text: spliceDocument(text, parsed), ok: true };
}

/**
 * Sets the labels at `path` of an object (default `metadata.labels`; for a workload the app
 * passes `spec.template.metadata.labels`), creating the path when missing. The labels
 * replace the old ones entirely.
 */
export function setLabels(
  text: string,
  ref: ObjectRef,
  labels: Readonly<Record<string, string>>,
  path = 'metadata.labels',
): EditResult {
  const found = findTarget(text, ref);
  if ('message' in found) return failed(text, found.message);
  const { parsed, prefix } = found.target;
  const segments = path.split('.').filter((s) => s !== '');
  const full = [...prefix, ...segments];
  for (let i = prefix.length + 1; i < full.length; i++) {
    const parent = parsed.doc.getIn(full.slice(0, i), true);
    if (parent !== undefined && parent !== null && !isMap(parent)) {
      return failed(text, `${full.slice(prefix.length, i).join('.')} is not a mapping`);
    }
  }
  const node = parsed.doc.createNode({ ...labels });
  // Labels written `{app: web}` stay on one line, and keep the comments around them.
  const old = parsed.doc.getIn(full, true);
  if (isMap(old)) {
    if (old.flow && Object.keys(labels).length > 0) node.flow = true;
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
    node.spaceBefore = old.spaceBefore;
  }
  parsed.doc.setIn(full, node);
  return { text: spliceDocument(text, parsed), ok: true };
}
