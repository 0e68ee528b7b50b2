import { analyze, lintAnalysis } from '@netpol/engine';
import type { Diagnostic, LintFinding, SourceRange } from '@netpol/engine';

/** The file name the workspace text is given to the engine under. */
export const WORKSPACE_FILE = 'workspace.yaml';
/** The file name of the last good versions of currently broken documents. */
export const STALE_FILE = 'last-good.yaml';

export type EngineResult = ReturnType<typeof analyze>;
/** A compiled NetworkPolicy in force, as the engine's analysis lists it. */
export type PolicyInForce = EngineResult['policies'][number];

/** A document that does not parse now, drawn from its last good version. */
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
  /** Current ranges of documents with YAML syntax errors (with or without a last good version). */
  readonly brokenRanges: readonly SourceRange[];
  readonly stale: readonly StaleDocument[];
  /** The engine's lints of the text as it is (policies in force only; ranges in `text`). */
  readonly lints: readonly LintFinding[];
  /** Milliseconds the engine took. */
  readonly ms: number;
}

/**
 * The last version of each document that parsed, by its position among the workspace's
 * documents, with the objects it held then (`kind/namespace/name`). Kept in memory only.
 */
export type LastGood = ReadonlyMap<number, { readonly text: string; readonly refs: readonly string[] }>;

/**
 * The engine's previous analyses (of the text, and of the text with broken documents
 * replaced), kept so the next keystroke reloads only the documents that changed.
 */
export interface PreviousAnalyses {
  readonly text?: EngineResult;
  readonly withStale?: EngineResult;
}

/** Diagnostic codes of text that does not parse (as opposed to objects that do not validate). */
const SYNTAX = /^(YAML|JSON)_/;

const refOf = (o: { kind: string; namespace: string; name: string }) => `${o.kind}/${o.namespace}/${o.name}`;

/**
 * Text → engine result. The picture is a function of the text, with one exception that
 * keeps it from flickering while the user types: a document with a YAML *syntax* error
 * (it gives no objects) is drawn from its last version that parsed, analysed beside the
 * text as a second file and marked stale. A document that parses but is invalid is what
 * the engine says it is (an invalid policy is not in force) at once. The documents, their
 * ranges and objects are the engine's; the app splits nothing itself.
 */
export function derive(
  text: string,
  lastGood: LastGood,
  previous: PreviousAnalyses = {},
): { derivation: Derivation; lastGood: LastGood; previous: PreviousAnalyses } {
  const t0 = performance.now();
  const first = analyze([{ file: WORKSPACE_FILE, text }], optionsAfter(previous.text));
  const documents = first.documents.find((f) => f.file === WORKSPACE_FILE)?.documents ?? [];
  const refsByDocument = new Map<number, string[]>();
  for (const object of first.objects) {
    const refs = refsByDocument.get(object.ref.documentIndex) ?? [];
    refs.push(refOf(object.ref));
    refsByDocument.set(object.ref.documentIndex, refs);
  }
  const present = new Set(first.objects.map((o) => refOf(o.ref)));
  const nextGood = new Map<number, { text: string; refs: readonly string[] }>();
  // A YAML syntax error, not an invalid object: only those keep their last good version.
  const syntaxBroken = new Set(
    first.diagnostics
      .filter((d) => d.severity === 'error' && d.file === WORKSPACE_FILE && SYNTAX.test(d.code))
      .map((d) => d.documentIndex),
  );
  const broken = documents.filter((d) => !d.ok && syntaxBroken.has(d.index));
  for (const document of documents) {
    const refs = refsByDocument.get(document.index);
    const kept = lastGood.get(document.index);
    if (document.ok && refs) {
      nextGood.set(document.index, { text: text.slice(document.range.startOffset, document.range.endOffset), refs });
    } else if (!document.ok && syntaxBroken.has(document.index) && kept) {
      nextGood.set(document.index, kept);
    }
  }
  // A last good version is drawn only while no parsed document holds one of its objects
  // (the broken document was moved or renamed elsewhere: drawing both would be a lie).
  const replaced = broken.filter((d) => {
    const kept = lastGood.get(d.index);
    return kept !== undefined && !kept.refs.some((ref) => present.has(ref));
  });
  let result = first;
  const stale: StaleDocument[] = [];
  if (replaced.length > 0) {
    const staleText = replaced
      .map((d) => (lastGood.get(d.index)?.text ?? '').replace(/^---[^\n]*\n?/, ''))
      .join('\n---\n');
    result = analyze(
      [
        { file: WORKSPACE_FILE, text },
        { file: STALE_FILE, text: staleText },
      ],
      optionsAfter(previous.withStale),
    );
    replaced.forEach((d, staleIndex) => stale.push({ range: d.range, staleIndex }));
  }
  const derivation: Derivation = {
    text,
    result,
    diagnostics: first.diagnostics,
    brokenRanges: broken.map((d) => d.range),
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
