/** `netpol lint FILE...`: the engine's lints (NPL001–NPL011) as compiler-style lines or JSON. */
import { lintAnalysis } from '@netpol/engine';
import type { LintFinding } from '@netpol/engine';
import type { Command } from '../command';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const lintCommand: Command = {
  name: 'lint',
  flags: { json: { type: 'boolean' }, ...NAMESPACE_FLAG },
  help: `Usage: netpol lint FILE... [--json] [--namespace NS]

Finds likely mistakes in the policies in force: blocked DNS, rules that policyTypes
ignores, selectors that match nothing in the files, OR where AND was meant, and more
(codes NPL001-NPL011). Invalid objects get their validation errors (on stderr), not lints.

Options:
  --json            print {"findings":[{"code","severity","message","file","line","column","object"}]}
                    ("object" is "KIND NS/NAME")
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Output (text): FILE:LINE:COL: SEVERITY: CODE: message
Exit status: 0 no finding, 1 any finding (info included) or an invalid object,
2 usage error or unreadable file.
`,
  async run(args, io) {
    const analysis = await analyzeFiles(this, args, io);
    if (!analysis) return EXIT_USAGE;
    const findings = lintAnalysis(analysis);
    if (args.booleans['json']) printJson(io, { findings: findings.map(findingJson) });
    else for (const f of findings) io.stdout(formatFinding(f) + '\n');
    const invalid = analysis.diagnostics.some((d) => d.severity === 'error');
    return findings.length > 0 || invalid ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** `FILE:LINE:COL: SEVERITY: CODE: message`. */
export function formatFinding(f: LintFinding): string {
  return `${f.ref.file}:${f.range.startLine}:${f.range.startColumn}: ${f.severity}: ${f.code}: ${f.message}`;
}

function findingJson(f: LintFinding) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: f.ref.file,
    line: f.range.startLine,
    column: f.range.startColumn,
    object: `${f.ref.kind} ${f.ref.namespace}/${f.ref.name}`,
  };
}
