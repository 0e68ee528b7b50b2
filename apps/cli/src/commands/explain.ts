/** `netpol explain FILE...`: a table of what every policy in force allows. */
import type { Command } from '../command';
import { explainRows, EXPLAIN_HEADER, formatExplain } from '../format/explain';
import { formatTiers, tierRows, TIERS_HEADER } from '../format/explainTiers';
import { EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const explainCommand: Command = {
  name: 'explain',
  flags: { json: { type: 'boolean' }, ...NAMESPACE_FLAG },
  help: `Usage: netpol explain FILE... [--json]

The ClusterNetworkPolicy tiers in evaluation order (when there are any), then a
table of what every NetworkPolicy in force allows: the pods it targets, each
direction it isolates, and per rule the peers and ports it lets through. Invalid
policies are not in force and are reported on standard error.
FILE may be - for standard input.

Options:
  --json            {"columns":[...],"rows":[[...]],"policies":[...]}: the table and the
                    compiled policies (targets, rules, peers, ports, YAML paths); with
                    ClusterNetworkPolicies also "tierColumns", "tierRows", "clusterPolicies"
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Exit status: 0 done, 2 usage error or unreadable file.
`,
  async run(args, io) {
    const analysis = await analyzeFiles(this, args, io);
    if (!analysis) return EXIT_USAGE;
    if (args.booleans['json']) {
      printJson(io, {
        columns: EXPLAIN_HEADER,
        rows: explainRows(analysis),
        policies: analysis.policies,
        ...(analysis.clusterPolicies
          ? {
              tierColumns: TIERS_HEADER,
              tierRows: tierRows(analysis),
              clusterPolicies: analysis.clusterPolicies,
            }
          : {}),
      });
    } else {
      io.stdout(formatTiers(analysis) + formatExplain(analysis));
    }
    return EXIT_OK;
  },
};
