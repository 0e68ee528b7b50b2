/**
 * YAML that is not Kubernetes objects (an expectations file, a settings file) read with the
 * same reader, the same YAML 1.1 rules and limits (aliases, depth) as manifests: each
 * document's plain value and the range of every field by path, syntax errors as located
 * diagnostics. Never throws.
 */
import type { Diagnostic, SourceRange } from '../model';
import { makeDiagnostic } from '../model';
import { aliasLimitMessage, expandedSize, MAX_EXPANDED_VALUES } from './aliasGuard';
import { collectFieldRanges } from './fieldRanges';
import { toJs } from './loadDocument';
import { rangeFromOffsets } from './sourceRange';
import { diagnosticFromYamlError } from './yamlDiagnostics';
import { parseYamlStream } from './yamlDocuments';

export interface DataDocument {
  readonly index: number;
  readonly value: unknown;
  readonly range: SourceRange;
  /** Value ranges by field path (`expectations[0].port`); `''` is the document itself. */
  readonly fieldRanges: Readonly<Record<string, SourceRange>>;
}

export interface DataResult {
  /** The documents that could be read (a document with a syntax error is left out). */
  readonly documents: readonly DataDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

export function readYamlData(text: string, file: string): DataResult {
  const stream = parseYamlStream(text);
  const documents: DataDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const parsed of stream.documents) {
    const { doc, index } = parsed;
    const errors = doc.errors.map((e) =>
      diagnosticFromYamlError(e, text, stream.lines, file, index),
    );
    diagnostics.push(...errors);
    if (errors.length > 0) continue;
    const range = rangeFromOffsets(stream.lines, parsed.start, parsed.end);
    const converted = toJs(doc, { file, documentIndex: index, range });
    if (!converted.ok) {
      diagnostics.push(converted.error);
      continue;
    }
    // The same alias limit as manifests: by the size the aliases expand to.
    const size = expandedSize(converted.value);
    if (size > MAX_EXPANDED_VALUES) {
      diagnostics.push(
        makeDiagnostic('YAML_ALIAS_LIMIT', {
          file,
          documentIndex: index,
          range,
          message: aliasLimitMessage(size),
        }),
      );
      continue;
    }
    documents.push({
      index,
      value: converted.value,
      range,
      fieldRanges: doc.contents ? collectFieldRanges(doc.contents, stream.lines).values : {},
    });
  }
  return { documents, diagnostics };
}
