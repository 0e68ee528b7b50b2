/**
 * A fast reader for the plain block YAML that kubectl and people write (block maps and
 * lists, plain/quoted one-line scalars, one-line flow collections, `|` literals). It
 * builds the same `yaml` nodes (with the same ranges) and values as the full reader, about
 * ten times faster; on anything else — anchors, tags, folded or multi-line scalars, tabs,
 * duplicate keys, odd indentation — it gives up (`undefined`) and the full reader takes
 * the document, so results never differ (see test/loadFast.test.ts).
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { BAD_START, bail, COLON, DASH, FlowReader, HASH, scalar, SPACE, TAB } from './fastFlow';
import type { Read } from './fastFlow';
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

interface Line {
  readonly start: number;
  indent: number;
  content: number;
  readonly eol: number;
}

const NEWLINE = 10;

interface CommentLine {
  readonly indent: number;
  readonly end: number;
}

class Reader {
  private next: number;
  cur: Line | null = null;
  lastEnd: number;
  /** Comment lines between the last consumed line and `cur`. */
  comments: CommentLine[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    /** Whether the text has any tab at all (lines are only scanned for one if so). */
    private readonly tabs: boolean,
  ) {
    this.next = start;
    this.lastEnd = start;
    this.advance();
  }

  /** Moves `cur` to the next line with content (skipping blank and comment lines). */
  advance(): void {
    const { text, end } = this;
    this.cur = null;
    this.comments = [];
    while (this.next < end) {
      const start = this.next;
      let eol = text.indexOf('\n', start);
      if (eol === -1 || eol > end) eol = end;
      this.next = eol + 1;
      let i = start;
      while (i < eol && text.charCodeAt(i) === SPACE) i++;
      if (i === eol) continue;
      // Tabs are separators in some places and errors in others: the full reader decides.
      if (this.tabs) for (let k = i; k < eol; k++) if (text.charCodeAt(k) === TAB) bail();
      if (text.charCodeAt(i) === HASH) {
        this.comments.push({ indent: i - start, end: Math.min(eol + 1, end) });
        continue;
      }
      if (text.charCodeAt(i) === TAB) bail();
      this.cur = { start, indent: i - start, content: i, eol };
      this.checkComments(i - start);
      return;
    }
    this.checkComments(0);
  }

  /**
   * Comment lines indented deeper than the line after them extend or end the collections
   * above in ways this reader does not mimic: leave such documents to the full reader.
   */
  private checkComments(nextIndent: number): void {
    for (const comment of this.comments) if (comment.indent > nextIndent) bail();
  }

  /**
   * Where a collection at `indent` ends: the library extends it over the comment lines
   * that follow its last line while they are indented deeper than the collection.
   */
  endOver(indent: number): number {
    let end = this.lastEnd;
    for (const comment of this.comments) {
      if (comment.indent <= indent) break;
      end = comment.end;
    }
    return end;
  }

  /** Marks the current line as consumed and moves on. */
  consume(): void {
    const line = this.cur as Line;
    this.lastEnd = Math.min(line.eol + 1, this.end);
    this.advance();
  }

  isSeqEntry(line: Line): boolean {
    const c = this.text.charCodeAt(line.content + 1);
    return (
      this.text.charCodeAt(line.content) === DASH && (line.content + 1 === line.eol || c === SPACE)
    );
  }

  /** `key:` with nothing after it: a null the library places (and ends) after the spaces. */
  emptyValue(p: number): Read {
    // Comment lines below `key:` belong to the pair still waiting for its value: not mimicked.
    // So do blank lines after `key: # comment`.
    if (this.comments.length > 0 || this.text.charCodeAt(p) === HASH) bail();
    const read = scalar(null, p, p);
    this.lastEnd = p;
    return read;
  }

  /** A block node whose first line is `cur` (at indent `indent`). */
  block(indent: number): Read {
    const line = this.cur as Line;
    if (line.indent !== indent) bail();
    return this.isSeqEntry(line) ? this.seq(indent) : this.map(indent);
  }

  map(indent: number): Read {
    const { text } = this;
    const node = new YAMLMap();
    const value: Record<string, unknown> = {};
    const start = (this.cur as Line).content;
    while (this.cur && this.cur.indent === indent && !this.isSeqEntry(this.cur)) {
      const line = this.cur;
      const key = this.key(line.content, line.eol) ?? bail();
      const name = key.value;
      if (!isPlainNewKey(name, value)) bail();
      let p = key.colon + 1;
      while (p < line.eol && text.charCodeAt(p) === SPACE) p++;
      let item: Read;
      if (p === line.eol || text.charCodeAt(p) === HASH) {
        this.consume();
        const next = this.cur as Line | null;
        if (next && next.indent > indent) item = this.block(next.indent);
        else if (next && next.indent === indent && this.isSeqEntry(next)) item = this.seq(indent);
        else item = this.emptyValue(p);
      } else {
        item = this.inline(p, line, indent);
      }
      node.items.push(new Pair(key.node, item.node));
      value[name] = item.value;
    }
    if (this.cur && this.cur.indent > indent) bail();
    const end = this.endOver(indent);
    node.range = [start, end, end];
    return { node, value };
  }

  seq(indent: number): Read {
    const { text } = this;
    const node = new YAMLSeq();
    const value: unknown[] = [];
    const start = (this.cur as Line).content;
    let compactMapIndent = -1;
    while (this.cur && this.cur.indent === indent && this.isSeqEntry(this.cur)) {
      const line = this.cur;
      compactMapIndent = -1;
      let p = line.content + 1;
      while (p < line.eol && text.charCodeAt(p) === SPACE) p++;
      if (p === line.eol || text.charCodeAt(p) === HASH || text.charCodeAt(p) === TAB) bail();
      let item: Read;
      if (text.charCodeAt(p) === DASH && (p + 1 === line.eol || text.charCodeAt(p + 1) === SPACE))
        bail();
      if (this.key(p, line.eol)) {
        // `- key: value`: a map whose indent is the key's column.
        line.indent = p - line.start;
        line.content = p;
        compactMapIndent = line.indent;
        item = this.map(line.indent);
      } else {
        item = this.inline(p, line, indent);
      }
      node.items.push(item.node);
      value.push(item.value);
    }
    if (this.cur && this.cur.indent > indent) bail();
    // Comments after a last `- key: v` item end the list in ways not mimicked here.
    if (compactMapIndent >= 0 && this.comments.length > 0) bail();
    const end = this.endOver(indent);
    node.range = [start, end, end];
    return { node, value };
  }

  /** A mapping key at `p` (plain or quoted, then `:` and a space or the end of line). */
  key(p: number, eol: number): { node: Scalar; value: unknown; colon: number } | undefined {
    const { text } = this;
    const c = text.charCodeAt(p);
    let keyEnd: number;
    let value: unknown;
    let colon: number;
    if (c === 34 || c === 39) {
      keyEnd = c === 34 ? doubleQuotedEnd(text, p, eol) : singleQuotedEnd(text, p, eol);
      value = c === 34 ? doubleQuotedValue(text, p, keyEnd) : singleQuotedValue(text, p, keyEnd);
      colon = keyEnd;
      while (colon < eol && text.charCodeAt(colon) === SPACE) colon++;
      if (text.charCodeAt(colon) !== COLON) return undefined;
    } else {
      if (BAD_START.has(c) || c === 63 /* ? */ || c === COLON) return undefined;
      colon = -1;
      for (let i = p; i < eol; i++) {
        const ch = text.charCodeAt(i);
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
        if (ch === COLON) {
          const after = text.charCodeAt(i + 1);
          if (i + 1 === eol || after === SPACE) {
            colon = i;
            break;
          }
          if (after === TAB) bail();
        }
      }
      if (colon === -1) return undefined;
      keyEnd = colon;
      while (keyEnd > p && text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const source = text.slice(p, keyEnd);
      if (source.includes('\t')) bail();
      value = resolvePlain(source);
    }
    if (colon - p > 1024) bail();
    if (colon + 1 < eol && text.charCodeAt(colon + 1) !== SPACE) bail();
    const node = new Scalar(value);
    node.range = [p, keyEnd, keyEnd];
    return { node, value, colon };
  }

  /** A value written on the line after `key:` or `- `, then the rest of that line. */
  inline(p: number, line: Line, indent: number): Read {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === 124 /* | */) return this.literal(p, line, indent);
    let read: Read;
    let end: number;
    if (c === 34 || c === 39) {
      end = c === 34 ? doubleQuotedEnd(text, p, line.eol) : singleQuotedEnd(text, p, line.eol);
      read = scalar(
        c === 34 ? doubleQuotedValue(text, p, end) : singleQuotedValue(text, p, end),
        p,
        end,
      );
    } else if (c === 91 || c === 123) {
      const flow = new FlowReader(text, line.eol);
      read = flow.node(p);
      end = flow.pos;
    } else {
      if (
        BAD_START.has(c) ||
        ((c === DASH || c === 63 || c === COLON) && text.charCodeAt(p + 1) === SPACE)
      )
        bail();
      end = p;
      for (let i = p; i < line.eol; i++) {
        const ch = text.charCodeAt(i);
        if (ch === HASH && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB))
          break;
        if (ch === COLON && (i + 1 === line.eol || text.charCodeAt(i + 1) === SPACE)) bail();
        if (ch !== SPACE && ch !== TAB) end = i + 1;
      }
      const source = text.slice(p, end);
      read = scalar(resolvePlain(source), p, end, source);
    }
    let q = end;
    while (q < line.eol && text.charCodeAt(q) === SPACE) q++;
    if (q < line.eol && !(text.charCodeAt(q) === HASH && q > end)) bail();
    this.consume();
    if (this.cur && this.cur.indent > indent) bail(); // a continuation line: multi-line scalar
    return read;
  }

  /** A `|` / `|-` literal block scalar; its lines must be more indented than `indent`. */
  literal(p: number, line: Line, indent: number): Read {
    const { text } = this;
    let h = p + 1;
    const chomp = text.charCodeAt(h);
    if (chomp === DASH) h++;
    else if (chomp !== SPACE && h !== line.eol && chomp !== NEWLINE) bail();
    while (h < line.eol && text.charCodeAt(h) === SPACE) h++;
    if (h < line.eol && !(text.charCodeAt(h) === HASH && h > p + 1)) bail();
    const lines: string[] = [];
    let contentIndent = -1;
    let next = line.eol + 1;
    let blanks = 0;
    let lastEnd = Math.min(line.eol + 1, this.end);
    while (next < this.end) {
      let eol = text.indexOf('\n', next);
      if (eol === -1 || eol > this.end) eol = this.end;
      let i = next;
      while (i < eol && text.charCodeAt(i) === SPACE) i++;
      // A line of spaces only is empty up to the indentation; beyond it, the spaces are text.
      if (i === eol && (contentIndent === -1 || eol - next <= contentIndent)) {
        if (contentIndent === -1) bail(); // leading empty lines change indentation detection
        blanks++;
        lines.push('');
        next = eol + 1;
        continue;
      }
      const n = i - next;
      if (contentIndent === -1) {
        if (n <= indent) break;
        contentIndent = n;
      } else if (n < contentIndent) break;
      if (text.charCodeAt(next + contentIndent - 1) === TAB) bail();
      blanks = 0;
      lines.push(text.slice(next + contentIndent, eol));
      lastEnd = Math.min(eol + 1, this.end);
      next = eol + 1;
    }
    if (lines.length - blanks === 0) bail();
    const body = lines.slice(0, lines.length - blanks).join('\n');
    const value = chomp === DASH ? body : `${body}\n`;
    if (lastEnd === this.end && text.charCodeAt(this.end - 1) !== NEWLINE && chomp !== DASH) bail();
    this.lastEnd = lastEnd;
    this.next = lastEnd;
    this.advance();
    if (this.cur && this.cur.indent > indent) bail();
    return scalar(value, p, lastEnd);
  }
}

/**
 * Reads the document between `start` (after its `---` line, if any) and `end`. Returns its
 * root node and value (`root` undefined for an empty document), or undefined when the
 * document needs the full YAML reader.
 */
export function readSimpleDocument(
  text: string,
  start: number,
  end: number,
  tabs = true,
): { root: Node | undefined; value: unknown } | undefined {
  try {
    const reader = new Reader(text, start, end, tabs);
    if (!reader.cur) return { root: undefined, value: null };
    const { node, value } = reader.block(reader.cur.indent);
    if (reader.cur) return undefined;
    return { root: node, value };
  } catch (error) {
    // Deep nesting overflows the stack: the full reader reports it as a diagnostic.
    if (error === BAIL || error instanceof RangeError) return undefined;
    throw error;
  }
}
