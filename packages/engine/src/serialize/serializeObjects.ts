import { Document } from 'yaml';
import type { ToStringOptions } from 'yaml';
import { inFieldOrder } from './fieldOrder';

/**
 * Written as YAML 1.2 that is also unambiguous to YAML 1.1 readers (kubectl's go-yaml):
 * `compat: 'yaml-1.1'` quotes every string either version would read as something else
 * (`'y'`, `'yes'`, `'on'`, `'0123'`, `'1e3'`, `'1:20'`, `'2001-12-14'`, `'~'`).
 */
const TO_STRING: ToStringOptions = {
  indentSeq: false, // `- item` level with its key, as kubectl prints lists
  lineWidth: 0, // never fold long strings
  singleQuote: true,
};

/** One object as a YAML document (without the `---` separator), ending in a newline. */
export function serializeObject(object: unknown): string {
  const doc = new Document(inFieldOrder(object), { version: '1.2', compat: 'yaml-1.1' });
  return doc.toString(TO_STRING);
}

/**
 * Objects as a stable multi-document YAML stream in kubectl's field order, which
 * `kubectl apply -f` accepts and `loadText` reads back to the same objects.
 */
export function serializeObjects(objects: readonly unknown[]): string {
  return objects.map(serializeObject).join('---\n');
}
