import { analyze, lintAnalysis } from '@netpol/engine';
import type { Diagnostic, LintFinding, SourceRange } from '@netpol/engine';
import { blankChunks, chunkAtLine, splitDocuments, type DocumentChunk } from './splitDocuments';

/** The file name the workspace text is given to the engine under. */
export const WORKSPACE_FILE = 'workspace.yaml';
/** The file name of the last good versions of currently broken documents. */
export const STALE_FILE = 'last-good.yaml';

export type EngineResult = ReturnType<typeof analyze>;
/** A compiled NetworkPolicy in force, as the engine's analysis lists it. */
export type PolicyInForce = EngineResult['policies'][number];

/** A document that does not parse or validate now, drawn from its last good version. */
export interface StaleDocument {
  /** Where the broken document is in the current text. */
  readonly range: SourceRange;
  /** Its index among the last-good documents (documentIndex in STALE_FILE). */
  readonly staleIndex: number;
}

/** Everything derived from one version of the workspace text. */
export interface Derivation {
  readonly text: string;
  /** The engine's result; broken documents replaced by their last good version. */
  readonly result: EngineResult;
  /** Diagnostics of the text as it is (never of the substituted last-good documents). */
  readonly diagnostics: readonly Diagnostic[];
  /** Current ranges of documents with errors (whether or not a last good version exists). */
  readonly brokenRanges: readonly SourceRange[];
  readonly stale: readonly StaleDocument[];
  /** The engine's lints of the text as it is (policies in force only; ranges in `text`). */
  readonly lints: readonly LintFinding[];
  /** Milliseconds the engine took. */
  readonly ms: number;
}

/** The last text of each document that had no error, keyed by `kind/namespace/name` or index. */
export type LastGood = ReadonlyMap<string, string>;

/**
 * The engine's previous analyses (of the text, and of the text with broken documents
 * replaced), kept so the next keystroke reloads only the documents that changed.
 */
export interface PreviousAnalyses {
  readonly text?: EngineResult;
  readonly withStale?: EngineResult;
}

const FIELD = (name: string) => new RegExp(`^\\s{0,4}${name}:\\s*["']?([\\w.-]+)`, 'm');

/** Identifies a document across edits by its kind and name (or its index if those are unreadable). */
export function documentKey(chunk: DocumentChunk): string {
  const kind = FIELD('kind').exec(chunk.text)?.[1];
  const name = FIELD('name').exec(chunk.text)?.[1];
  return kind && name ? `${kind}/${name}` : `#${chunk.index}`;
}

function chunkRange(chunk: DocumentChunk): SourceRange {
  const lines = chunk.text.split('\n');
  return {
    startLine: chunk.startLine,
    startColumn: 1,
    endLine: chunk.endLine,
    endColumn: (lines[lines.length - 1]?.length ?? 0) + 1,
    startOffset: chunk.startOffset,
    endOffset: chunk.startOffset + chunk.text.length,
  };
}

/**
 * Text → engine result, keeping the picture whole while the user types: a document with
 * an error is blanked (lines and offsets of the others unchanged) and its last good
 * version analysed beside the text as a second file, so its pods and policies stay drawn.
 */
export function derive(
  text: string,
  lastGood: LastGood,
  previous: PreviousAnalyses = {},
): { derivation: Derivation; lastGood: LastGood; previous: PreviousAnalyses } {
  const t0 = performance.now();
  const first = analyze([{ file: WORKSPACE_FILE, text }], optionsAfter(previous.text));
  const chunks = splitDocuments(text);
  const broken = new Set<DocumentChunk>();
  for (const d of first.diagnostics) {
    if (d.severity !== 'error' || !d.range) continue;
    const chunk = chunkAtLine(chunks, d.range.startLine);
    if (chunk) broken.add(chunk);
  }
  const nextGood = new Map(lastGood);
  for (const chunk of chunks) {
    if (!broken.has(chunk) && chunk.text.trim() !== '') nextGood.set(documentKey(chunk), chunk.text);
  }
  const replaced = [...broken].filter((c) => lastGood.has(documentKey(c)));
  let result = first;
  const stale: StaleDocument[] = [];
  if (replaced.length > 0) {
    const staleText = replaced
      .map((c) => (lastGood.get(documentKey(c)) ?? '').replace(/^---[^\n]*\n?/, ''))
      .join('\n---\n');
    result = analyze(
      [
        { file: WORKSPACE_FILE, text: blankChunks(text, replaced) },
        { file: STALE_FILE, text: staleText },
      ],
      optionsAfter(previous.withStale),
    );
    replaced.forEach((c, staleIndex) => stale.push({ range: chunkRange(c), staleIndex }));
  }
  const derivation: Derivation = {
    text,
    result,
    diagnostics: first.diagnostics,
    brokenRanges: [...broken].map(chunkRange),
    stale,
    lints: lintAnalysis(first),
    ms: performance.now() - t0,
  };
  const next: PreviousAnalyses = result === first ? { text: first } : { text: first, withStale: result };
  return { derivation, lastGood: nextGood, previous: next };
}

function optionsAfter(previous: EngineResult | undefined) {
  return previous ? { previous } : {};
}
