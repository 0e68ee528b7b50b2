import type { LoadedObject, SourceRange } from '../model';
import { parentPath } from './fieldPath';

function isEmpty(range: SourceRange): boolean {
  return range.startOffset === range.endOffset;
}

/**
 * The text range for a field path of an object. Falls back to the nearest parent that
 * exists (a missing `spec.podSelector` points at `spec`), and for `key:` with no value
 * points at the key instead of the empty spot after it.
 */
export function locate(obj: LoadedObject, path: string): SourceRange {
  for (let p = path; ; p = parentPath(p)) {
    const value = obj.fieldRanges[p];
    const key = obj.keyRanges?.[p];
    if (value && !isEmpty(value)) return value;
    if (key) return key;
    if (value) return value;
    if (p === '') return obj.range;
  }
}

/** The range of a field's key (`podSelector:`), else of its value, else of a parent. */
export function locateKey(obj: LoadedObject, path: string): SourceRange {
  return obj.keyRanges?.[path] ?? locate(obj, path);
}
