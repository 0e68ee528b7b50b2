/** `netpol validate FILE...`: the apiserver's verdict on every object, as text or JSON. */
import type { LoadedObject } from '@netpol/engine';
import { analyze, isClusterNetworkPolicy } from '@netpol/engine';
import type { Command } from '../command';
import { readCommandSources } from '../command';
import { formatDiagnostic, validateJson } from '../format/diagnostics';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage';

/** Consequences of errors, which validate shows through the errors themselves. */
const REPEATS: ReadonlySet<string> = new Set(['POLICY_NOT_ENFORCED', 'OBJECT_NOT_CREATED']);

export const validateCommand: Command = {
  name: 'validate',
  flags: { json: { type: 'boolean' }, namespace: { type: 'string' } },
  help: `Usage: netpol validate FILE... [--json] [--namespace NS]

Checks every NetworkPolicy as the kube-apiserver would on create, and reports YAML
and object errors of every document. FILE may be - for standard input, or a
directory: every .yaml, .yml and .json file under it is read.

Options:
  --json            print {"documents":[{"file","index","kind","namespace","name","valid",
                    "errors":[{"path","message","line","column"}]}]}
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Output (text): FILE:LINE:COL: error: FIELD.PATH: message
Exit status: 0 all valid, 1 some error or no objects at all, 2 usage error or
unreadable file.
`,
  async run(args, io) {
    const sources = await readCommandSources(this, args, io);
    if (!sources) return EXIT_USAGE;
    const analysis = analyze(sources, { defaultNamespace: args.strings['namespace'] ?? 'default' });
    // Nothing to apply is a failure, as `kubectl apply` says "no objects passed to apply".
    const empty = analysis.objects.length === 0;
    if (empty) io.stderr(`netpol validate: no objects passed to validate\n`);
    const hasErrors = empty || analysis.diagnostics.some((d) => d.severity === 'error');
    if (args.booleans['json']) {
      io.stdout(JSON.stringify(validateJson(analysis), null, 2) + '\n');
    } else {
      for (const d of analysis.diagnostics) {
        // "Not in force" / "not in the cluster" only repeat the errors above them.
        if (d.severity !== 'info' && !REPEATS.has(d.code)) io.stdout(formatDiagnostic(d) + '\n');
      }
      if (!hasErrors) io.stderr(`no errors (${checkedText(analysis.objects)} checked)\n`);
    }
    return hasErrors ? EXIT_FINDINGS : EXIT_OK;
  },
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "3 NetworkPolicies", and "… and 1 ClusterNetworkPolicy" once one is there: validate checks
 * both kinds, and a count of one alone would say the other was not looked at.
 */
function checkedText(objects: readonly LoadedObject[]): string {
  const np = plural(
    objects.filter((o) => o.kind === 'NetworkPolicy').length,
    'NetworkPolicy',
    'NetworkPolicies',
  );
  // Antrea's crd.antrea.io ClusterNetworkPolicy shares the kind but is not evaluated.
  const cnp = objects.filter(isClusterNetworkPolicy).length;
  if (cnp === 0) return np;
  return `${np} and ${plural(cnp, 'ClusterNetworkPolicy', 'ClusterNetworkPolicies')}`;
}
