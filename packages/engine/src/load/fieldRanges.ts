import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import type { SourceRange } from '../model';
import { childPath, indexPath } from './fieldPath';
import { rangeMaker } from './sourceRange';

/** Where every field of one object sits in the text: value ranges and key ranges by path. */
export interface FieldRanges {
  readonly values: Record<string, SourceRange>;
  readonly keys: Record<string, SourceRange>;
  /** Paths of numbers written with a leading zero (`0123`), which YAML 1.1 reads as octal. */
  readonly octal: Array<{ readonly path: string; readonly source: string; readonly value: number }>;
}

const OCTAL = /^[-+]?0[0-7_]+$/;

/** `0123` as YAML 1.1 (kubectl) reads it: the octal number 83. */
function octalSource(node: Node): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || typeof node.source !== 'string')
    return undefined;
  return node.source.length > 1 && OCTAL.test(node.source) ? node.source : undefined;
}

/**
 * Walks a YAML node and records the range of every value (and of every mapping key) by
 * field path relative to the node. Aliases are recorded where they are written and not
 * followed; merged (`<<`) fields have no range of their own, so `locate` falls back to
 * the nearest parent that has one.
 */
export function collectFieldRanges(root: Node, lines: LineCounter, base = 0): FieldRanges {
  const values: Record<string, SourceRange> = {};
  const keys: Record<string, SourceRange> = {};
  const octal: FieldRanges['octal'] = [];
  // `base`: where the parsed text starts in the whole text (a document parsed on its own).
  const inText = rangeMaker(lines);
  const rangeFromOffsets = (start: number, end: number) => inText(start + base, end + base);
  const stack: Array<{ node: Node; path: string }> = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Node; path: string };
    if (node.range) values[path] = rangeFromOffsets(node.range[0], node.range[1]);
    if (isScalar(node)) {
      const source = octalSource(node);
      if (source !== undefined) octal.push({ path, source, value: node.value as number });
      continue;
    }
    if (isAlias(node)) continue;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;
        const keyPath = childPath(path, String(key.value));
        if (key.range) keys[keyPath] = rangeFromOffsets(key.range[0], key.range[1]);
        const value = pair.value;
        if (value && typeof value === 'object' && 'range' in value) {
          stack.push({ node: value as Node, path: keyPath });
        } else if (key.range) {
          // `key:` with nothing after it: the value is null and sits right after the key.
          values[keyPath] = rangeFromOffsets(key.range[1], key.range[1]);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === 'object' && 'range' in item) {
          stack.push({ node: item as Node, path: indexPath(path, index) });
        }
      });
    }
  }
  return { values, keys, octal };
}
