/**
 * The expectations file:
 *
 *     expectations:
 *     - name: frontend reaches the cart      # optional
 *       from: boutique/frontend              # ns/name, ns/*, ns/label=value,..., or an IP
 *       to: boutique/cartservice
 *       port: 7070                           # number or container port name
 *       protocol: TCP                        # default TCP
 *       expect: allowed                      # allowed | denied
 *
 * Read with the engine's YAML reader; every problem is a located `EXPECTATION_INVALID`
 * diagnostic (an item with a problem is left out), never an exception.
 */
import { readYamlData } from '../load';
import type { DataDocument } from '../load';
import { makeDiagnostic, PROTOCOLS } from '../model';
import type { Diagnostic, Protocol, SourceRange } from '../model';
import { isValidPortName, isValidPortNum } from '../validate';
import { parseSide } from './parseSide';
import type { Expectation, ExpectedVerdict } from './types';

export interface ParsedExpectations {
  readonly expectations: readonly Expectation[];
  readonly diagnostics: readonly Diagnostic[];
}

const FIELDS = new Set(['name', 'from', 'to', 'port', 'protocol', 'expect']);

export function parseExpectations(text: string, file: string): ParsedExpectations {
  const data = readYamlData(text, file);
  const diagnostics: Diagnostic[] = [...data.diagnostics];
  const expectations: Expectation[] = [];
  if (data.diagnostics.length > 0) return { expectations, diagnostics };
  const documents = data.documents.filter((d) => d.value !== null && d.value !== undefined);
  const [doc, ...extra] = documents;
  const problem = (message: string, range: SourceRange | undefined, documentIndex = 0) =>
    diagnostics.push(
      makeDiagnostic('EXPECTATION_INVALID', {
        message,
        file,
        documentIndex,
        ...(range ? { range } : {}),
      }),
    );
  for (const other of extra)
    problem('an expectations file holds one YAML document', other.range, other.index);
  const list = doc && isRecord(doc.value) ? doc.value['expectations'] : undefined;
  if (!doc || !Array.isArray(list)) {
    problem('expected a mapping with an "expectations" list', doc?.range);
    return { expectations, diagnostics };
  }
  const documentKeys = Object.keys(doc.value as object).filter((k) => k !== 'expectations');
  for (const key of documentKeys)
    problem(`unknown field "${key}"`, doc.fieldRanges[key], doc.index);
  list.forEach((item: unknown, index) => {
    const parsed = readItem(doc, item, index, file, (message, path) =>
      problem(message, locate(doc, path), doc.index),
    );
    if (parsed) expectations.push(parsed);
  });
  return { expectations, diagnostics };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The range of a path, or of its nearest located parent. */
function locate(doc: DataDocument, path: string): SourceRange {
  for (let p = path; ; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const range = doc.fieldRanges[p];
    if (range) return range;
    if (p === '') return doc.range;
  }
}

function readItem(
  doc: DataDocument,
  item: unknown,
  index: number,
  file: string,
  problem: (message: string, path: string) => void,
): Expectation | undefined {
  const path = `expectations[${index}]`;
  if (!isRecord(item)) {
    problem('an expectation is a mapping with from, to, port and expect', path);
    return undefined;
  }
  let ok = true;
  const fail = (message: string, field: string) => {
    problem(message, `${path}.${field}`);
    ok = false;
  };
  for (const key of Object.keys(item)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`, key);
  const side = (field: 'from' | 'to') => {
    const value = item[field];
    if (typeof value !== 'string') return void fail(`${field} is required (a string)`, field);
    const parsed = parseSide(value);
    if (!parsed.ok) return void fail(`${field}: ${parsed.message}`, field);
    return parsed.side;
  };
  const from = side('from');
  const to = side('to');
  const port = readPort(item['port'], (m) => fail(m, 'port'));
  const protocolValue = item['protocol'] ?? 'TCP';
  const protocol = PROTOCOLS.find((p) => p === protocolValue);
  if (!protocol) fail(`protocol must be TCP, UDP or SCTP`, 'protocol');
  const expect = item['expect'];
  if (expect !== 'allowed' && expect !== 'denied')
    fail('expect must be allowed or denied', 'expect');
  const name = item['name'];
  if (name !== undefined && typeof name !== 'string') fail('name must be a string', 'name');
  if (!ok || !from || !to || port === undefined || !protocol) return undefined;
  const fromText = String(item['from']);
  const toText = String(item['to']);
  return {
    index,
    name:
      typeof name === 'string'
        ? name
        : `${fromText} → ${toText} ${protocol}:${port} ${String(expect)}`,
    from,
    to,
    fromText,
    toText,
    port,
    protocol: protocol as Protocol,
    expect: expect as ExpectedVerdict,
    file,
    range: locate(doc, path),
  };
}

function readPort(value: unknown, fail: (message: string) => void): number | string | undefined {
  if (typeof value === 'number') {
    const problems = Number.isInteger(value) ? isValidPortNum(value) : ['must be a whole number'];
    if (problems.length === 0) return value;
    fail(`port ${value}: ${problems[0] ?? ''}`);
    return undefined;
  }
  if (typeof value === 'string') {
    const problems = isValidPortName(value);
    if (problems.length === 0) return value;
    fail(`port "${value}": ${problems[0] ?? ''}`);
    return undefined;
  }
  fail('port is required (a number or a container port name)');
  return undefined;
}
