/**
 * One-line flow collections for the fast reader (`fastYaml.ts`): `{}`, `[a, 'b']`,
 * `{app: web, tier: "db"}`. Anything multi-line, nested keys in lists, empty values or
 * comments inside make it give up, leaving the document to the full reader.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import {
  BAIL,
  doubleQuotedEnd,
  doubleQuotedValue,
  resolvePlain,
  singleQuotedEnd,
  singleQuotedValue,
  isPlainNewKey,
} from './fastScalars';

/** A node and its plain value, built together. */
export interface Read {
  readonly node: Node;
  readonly value: unknown;
}

export const SPACE = 32;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const TAB = 9;
/** Characters a plain scalar may not start with (YAML c-indicator), except - ? : */
export const BAD_START = new Set([...',[]{}#&*!|>%@`'].map((c) => c.charCodeAt(0)));

export function bail(): never {
  throw BAIL;
}

/** A scalar node; `source` is the text of a plain scalar, as the composer records it. */
export function scalar(value: unknown, start: number, end: number, source?: string): Read {
  const node = new Scalar(value);
  node.range = [start, end, end];
  if (source !== undefined) node.source = source;
  return { node, value };
}

/** One-line flow collections: `{}`, `[a, 'b']`, `{app: web, tier: "db"}`. */
export class FlowReader {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly eol: number,
  ) {}

  private skip(): void {
    while (this.pos < this.eol && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  node(p: number): Read {
    this.pos = p;
    this.skip();
    const c = this.text.charCodeAt(this.pos);
    if (c === 91) return this.seq();
    if (c === 123) return this.map();
    return this.scalarAt(false);
  }

  private seq(): Read {
    const start = this.pos++;
    const node = new YAMLSeq();
    node.flow = true;
    const value: unknown[] = [];
    for (;;) {
      this.skip();
      if (this.text.charCodeAt(this.pos) === 93) break;
      const item = this.node(this.pos);
      node.items.push(item.node);
      value.push(item.value);
      this.skip();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) this.pos++;
      else if (c === 93) break;
      else bail();
    }
    this.pos++;
    node.range = [start, this.pos, this.pos];
    return { node, value };
  }

  private map(): Read {
    const start = this.pos++;
    const node = new YAMLMap();
    node.flow = true;
    const value: Record<string, unknown> = {};
    for (;;) {
      this.skip();
      if (this.text.charCodeAt(this.pos) === 125) break;
      const key = this.scalarAt(true);
      const name = key.value;
      if (!isPlainNewKey(name, value)) bail();
      this.skip();
      if (this.text.charCodeAt(this.pos) !== COLON || this.text.charCodeAt(this.pos + 1) !== SPACE)
        bail();
      this.pos += 2;
      this.skip();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44 || c === 125) bail(); // `{a: }`: null values are left to the full reader
      const item = this.node(this.pos);
      node.items.push(new Pair(key.node, item.node));
      value[name] = item.value;
      this.skip();
      const d = this.text.charCodeAt(this.pos);
      if (d === 44) this.pos++;
      else if (d === 125) break;
      else bail();
    }
    this.pos++;
    node.range = [start, this.pos, this.pos];
    return { node, value };
  }

  private scalarAt(isKey: boolean): Read {
    const { text } = this;
    const p = this.pos;
    if (p >= this.eol) bail();
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const end =
        c === 34 ? doubleQuotedEnd(text, p, this.eol) : singleQuotedEnd(text, p, this.eol);
      this.pos = end;
      return scalar(
        c === 34 ? doubleQuotedValue(text, p, end) : singleQuotedValue(text, p, end),
        p,
        end,
      );
    }
    if (
      BAD_START.has(c) ||
      ((c === DASH || c === 63 || c === COLON) && text.charCodeAt(p + 1) === SPACE)
    )
      bail();
    let end = p;
    let i = p;
    for (; i < this.eol; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 44 || ch === 93 || ch === 125) break;
      if (ch === 91 || ch === 123 || ch === TAB) bail();
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) bail();
      if (ch === COLON) {
        const after = text.charCodeAt(i + 1);
        if (
          after === SPACE ||
          after === 44 ||
          after === 93 ||
          after === 125 ||
          i + 1 === this.eol
        ) {
          if (!isKey) bail();
          break;
        }
      }
      if (ch !== SPACE) end = i + 1;
    }
    if (end === p) bail();
    this.pos = end;
    const source = text.slice(p, end);
    return scalar(resolvePlain(source), p, end, source);
  }
}
