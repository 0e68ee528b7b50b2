import type { LineCounter, YAMLError } from 'yaml';
import { makeDiagnostic } from '../model/diagnostics';
import type { Diagnostic } from '../model/source';
import { rangeFromOffsets } from './sourceRange';

const MAX_QUOTED = 60;
/** The source text of a mapping key: quoted, or plain up to `:` / end of line. */
const KEY_TEXT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n,}]*)/;

function clip(s: string): string {
  return s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s;
}

/** A parser error or warning from `yaml`, as a diagnostic with line and column. */
export function diagnosticFromYamlError(
  error: YAMLError,
  text: string,
  lines: LineCounter,
  file: string,
  documentIndex: number,
): Diagnostic {
  // The parser may point one past the end of the text (an unterminated quote): clamp.
  const start = Math.min(Math.max(0, error.pos[0]), text.length);
  const end = Math.min(Math.max(start, error.pos[1]), text.length);
  const range = rangeFromOffsets(lines, start, end);
  const base = { file, documentIndex, range };
  if (error.code === 'DUPLICATE_KEY') {
    const key = KEY_TEXT.exec(text.slice(start, start + 300))?.[0].trim() ?? '';
    return makeDiagnostic('YAML_DUPLICATE_KEY', {
      ...base,
      message: `duplicate key "${clip(key)}": keys in a mapping must be unique`,
      hint: 'kubectl rejects the document ("key already set in map"); remove one of them',
    });
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return makeDiagnostic('YAML_TOO_DEEP', {
      ...base,
      message: 'document is nested too deeply to read',
    });
  }
  const message = error.message.replace(/\s+at line \d+, column \d+.*$/s, '');
  if (error.name === 'YAMLWarning') {
    return makeDiagnostic('YAML_WARNING', { ...base, message });
  }
  return makeDiagnostic('YAML_SYNTAX', { ...base, message });
}

/**
 * V8's JSON.parse message carries a position ("... in JSON at position 42"); turn it into
 * a diagnostic at that spot, or at the start when there is none.
 */
export function diagnosticFromJsonError(
  error: unknown,
  lines: LineCounter,
  file: string,
  length: number,
): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const offset = match ? Math.min(Number(match[1]), length) : 0;
  return makeDiagnostic('JSON_SYNTAX', {
    file,
    documentIndex: 0,
    range: rangeFromOffsets(lines, offset, Math.min(offset + 1, length)),
    message: message.replace(/\s*\(line \d+ column \d+\)$/, ''),
  });
}
