/**
 * JUnit XML for `netpol test --junit`: one <testsuite> for the expectations file, one
 * <testcase> per expectation, a <failure> with the reason when it failed. This is the
 * common denominator CI systems (GitLab, Jenkins, GitHub test reporters) read.
 */
import { expectationReason } from './expectation';
import { explanationLines } from './verdict';
import type { ExpectationResult } from '@netpol/engine';

/** Characters XML 1.0 cannot hold at all (controls other than tab, newline, return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJUnit(file: string, results: readonly ExpectationResult[]): string {
  const failures = results.filter((r) => !r.pass).length;
  const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attr('name', 'netpol test')}${attr('tests', results.length)}${attr('failures', failures)}>`,
    `  <testsuite${attr('name', file)}${attr('tests', results.length)}${attr('failures', failures)}${attr('errors', 0)}>`,
  ];
  for (const r of results) {
    const e = r.expectation;
    const open = `    <testcase${attr('name', e.name)}${attr('classname', `netpol.${file}`)}${attr('file', e.file)}${attr('line', e.range.startLine)}`;
    if (r.pass) {
      lines.push(`${open}/>`);
      continue;
    }
    const details = [
      `${e.fromText} → ${e.toText} ${e.protocol}:${e.port}: expected ${e.expect}, got ${r.got}`,
      ...r.failures.map((f) => `${f.from} → ${f.to}: ${explanationLines(f.verdict).join('; ')}`),
    ].join('\n');
    lines.push(
      `${open}>`,
      `      <failure${attr('message', expectationReason(r))}${attr('type', `expected-${e.expect}`)}>${escapeXml(details)}</failure>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
