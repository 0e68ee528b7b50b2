/**
 * Field ranges on demand. js-yaml gives values without positions, and most objects of a
 * big cluster (pods, namespaces) never have a field pointed at. So an object read by
 * js-yaml gets its `fieldRanges` and `keyRanges` from the `yaml` library's parse of its
 * own document, done the first time either is read (compile reads a policy's; a
 * diagnostic on a pod reads that pod's) and kept. The two properties are non-enumerable
 * getters, so copying an object (`{ ...o }`) or posting it does not force the parse.
 */
import type { LineCounter } from 'yaml';
import type { LoadedObject, SourceRange } from '../model';
import { collectFieldRanges } from './fieldRanges';
import { parseYamlStream } from './yamlDocuments';

export interface Ranges {
  readonly values: Readonly<Record<string, SourceRange>>;
  readonly keys: Readonly<Record<string, SourceRange>>;
}

/** The ranges of the one document in `text[bodyStart, end)`, parsed on its own. */
export function documentRanges(
  text: string,
  bodyStart: number,
  end: number,
  lines: LineCounter,
  fallback: SourceRange,
): Ranges {
  const [only] = parseYamlStream(text.slice(bodyStart, end)).documents;
  const root = only && only.doc.errors.length === 0 ? only.doc.contents : null;
  if (!root) return { values: { '': fallback }, keys: {} };
  const { values, keys } = collectFieldRanges(root, lines, bodyStart);
  return { values, keys };
}

const LAZY = Symbol('lazy ranges');

type Lazy = LoadedObject & { [LAZY]?: () => Ranges };

/** `object` with its field and key ranges computed by `compute` when first read. */
export function withLazyRanges(
  object: Omit<LoadedObject, 'fieldRanges' | 'keyRanges'>,
  compute: () => Ranges,
): LoadedObject {
  let ranges: Ranges | undefined;
  const once = (): Ranges => (ranges ??= compute());
  const { fieldRanges: _values, keyRanges: _keys, ...plain } = object as LoadedObject;
  const out = plain as Lazy;
  Object.defineProperties(out, {
    fieldRanges: { get: () => once().values, enumerable: false },
    keyRanges: { get: () => once().keys, enumerable: false },
    [LAZY]: { value: once, enumerable: false },
  });
  return out;
}

/** The lazy range computation of an object made by `withLazyRanges`, if it is one. */
export function lazyRangesOf(object: LoadedObject): (() => Ranges) | undefined {
  return (object as Lazy)[LAZY];
}
