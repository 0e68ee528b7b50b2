/** `netpol test EXPECTATIONS FILE...`: written expectations checked against the policies. */
import { expectationReason } from '../format/expectation';
import { checkExpectations, parseExpectations } from '@netpol/engine';
import type { ExpectationResult } from '@netpol/engine';
import type { Command } from '../command';
import { usageError } from '../command';
import { formatDiagnostic } from '../format/diagnostics';
import { formatJUnit } from '../format/junit';
import { readSources, writeOutput } from '../io';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const testCommand: Command = {
  name: 'test',
  flags: { json: { type: 'boolean' }, junit: { type: 'string' }, ...NAMESPACE_FLAG },
  help: `Usage: netpol test EXPECTATIONS FILE... [--json] [--junit OUT.xml] [--namespace NS]

Checks written expectations against the policies of the files. EXPECTATIONS is YAML:

  expectations:
  - name: frontend reaches the cart     # optional
    from: boutique/frontend             # ns/name (pod or workload), ns/*, ns/label=value,...
    to: boutique/cartservice            #   or an IP address
    port: 7070                          # number or container port name
    protocol: TCP                       # default TCP
    expect: allowed                     # allowed | denied

Every pair of pods on the two sides must meet the expectation (a pod is never checked
against itself); a side that matches no pod fails.

Options:
  --json            print {"results":[{"name","from","to","port","protocol","expect","got","pass"}]}
  --junit OUT.xml   also write the results as JUnit XML for CI
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Output (text): PASS name / FAIL name: reason, then "N passed, M failed".
Exit status: 0 all pass, 1 any fails, 2 usage error, unreadable file or invalid
expectations file (reported as FILE:LINE:COL: error: message).
`,
  async run(args, io) {
    const [expectationsFile, ...files] = args.files;
    if (expectationsFile === undefined || files.length === 0)
      return usageError(this, 'give the EXPECTATIONS file and at least one FILE', io);
    if (expectationsFile === '-' && files.includes('-'))
      return usageError(this, 'standard input (-) can be read only once', io);
    const read = await readSources([expectationsFile], io);
    if (!read.ok) {
      io.stderr(`netpol test: ${read.message}\n`);
      return EXIT_USAGE;
    }
    const source = read.sources[0] as { file: string; text: string };
    const parsed = parseExpectations(source.text, source.file);
    if (parsed.diagnostics.length > 0) {
      for (const d of parsed.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
      return EXIT_USAGE;
    }
    const analysis = await analyzeFiles(this, { ...args, files }, io);
    if (!analysis) return EXIT_USAGE;
    const results = checkExpectations(analysis.model, parsed.expectations);
    if (args.booleans['json']) printJson(io, { results: results.map(resultJson) });
    else io.stdout(formatResults(results));
    const junit = args.strings['junit'];
    if (junit !== undefined) {
      try {
        await writeOutput(io, junit, formatJUnit(source.file, results));
      } catch (error) {
        io.stderr(
          `netpol test: cannot write ${junit}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return EXIT_USAGE;
      }
    }
    return results.every((r) => r.pass) ? EXIT_OK : EXIT_FINDINGS;
  },
};

function formatResults(results: readonly ExpectationResult[]): string {
  const lines = results.map((r) =>
    r.pass ? `PASS ${r.expectation.name}` : `FAIL ${r.expectation.name}: ${expectationReason(r)}`,
  );
  const passed = results.filter((r) => r.pass).length;
  lines.push(`${passed} passed, ${results.length - passed} failed`);
  return lines.join('\n') + '\n';
}

function resultJson(r: ExpectationResult) {
  const e = r.expectation;
  return {
    name: e.name,
    from: e.fromText,
    to: e.toText,
    port: e.port,
    protocol: e.protocol,
    expect: e.expect,
    got: r.got,
    pass: r.pass,
  };
}
