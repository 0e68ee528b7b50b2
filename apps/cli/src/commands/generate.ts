/** `netpol generate FILE... --from X --to Y --port P`: the policy that allows a flow. */
import type { AllowIntent } from '@netpol/engine';
import { generateAllowPolicy } from '@netpol/engine';
import { parsePortArg, parseProtocolArg } from '../args';
import type { Command } from '../command';
import { usageError } from '../command';
import { parseIntentEnd } from '../endpoints';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const generateCommand: Command = {
  name: 'generate',
  flags: {
    from: { type: 'string' },
    to: { type: 'string' },
    port: { type: 'string' },
    protocol: { type: 'string' },
    name: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    ...NAMESPACE_FLAG,
  },
  help: `Usage: netpol generate FILE... --from SOURCE --to DEST [--port N|NAME] [--protocol P]
                        [--name NAME] [--force] [--json]

Writes the NetworkPolicy that allows SOURCE to reach DEST, with selectors chosen from
the pods' labels (the most specific shared label, role-like keys first), and prints it
as YAML ready for "kubectl apply -f". An ingress policy goes in DEST's namespace; an
egress policy in SOURCE's namespace when SOURCE's egress is restricted. When a policy
already selects exactly the same pods, a rule is added to it instead (the whole updated
policy is printed: "kubectl apply" replaces the old one).
FILE may be - for standard input.

Options:
  --from SOURCE     NS/POD, ns:NAMESPACE (every pod of it), an IP or a CIDR
  --to DEST         NS/POD, an IP or a CIDR
  --port N|NAME     a port number, or a container port name of DEST; without it, all ports
  --protocol P      TCP (default), UDP or SCTP
  --name NAME       name of the new policy (default like redis-policy: <label value>-policy)
  --force           write the policy even when the flow is already allowed
  --json            {"status","summary","notes","policies","edits","yaml","impact",
                    "newlyIsolated","impactTruncated"}; impact lists every pair of known
                    pods whose allowed ports change: {"from","to","before","after",
                    "change":"allowed"|"denied"|"ports","intended"}
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

The summary (what else changes: pods newly isolated, other flows denied) goes to
standard error, the YAML to standard output.
Exit status: 0 generated or already allowed, 1 the intent cannot be expressed, 2 usage error.
`,
  async run(args, io) {
    const { from: fromText, to: toText } = args.strings;
    if (fromText === undefined || toText === undefined) {
      const missing = ['from', 'to'].filter((name) => args.strings[name] === undefined);
      return usageError(this, `missing ${missing.map((name) => `--${name}`).join(', ')}`, io);
    }
    const port =
      args.strings['port'] === undefined ? undefined : parsePortArg(args.strings['port']);
    if (port && !port.ok) return usageError(this, port.message, io);
    const protocol = parseProtocolArg(args.strings['protocol']);
    if (!protocol.ok) return usageError(this, protocol.message, io);
    const analysis = await analyzeFiles(this, args, io);
    if (!analysis) return EXIT_USAGE;
    const from = parseIntentEnd('from', fromText, analysis.model, true);
    if (!from.ok) return usageError(this, from.message, io);
    const to = parseIntentEnd('to', toText, analysis.model, false);
    if (!to.ok) return usageError(this, to.message, io);
    if (to.value.kind === 'namespace') return usageError(this, '--to cannot be a namespace', io);
    const intent: AllowIntent = {
      from: from.value,
      to: to.value,
      protocol: protocol.value,
      ...(port ? { port: port.value } : {}),
    };
    const name = args.strings['name'];
    const result = generateAllowPolicy(analysis, intent, {
      ...(name ? { name } : {}),
      evenIfAllowed: args.booleans['force'] === true,
    });
    if (args.booleans['json']) {
      printJson(io, {
        status: result.status,
        summary: result.summary,
        notes: result.notes,
        policies: result.policies,
        edits: result.edits.map((e) =>
          e.kind === 'extend'
            ? { kind: e.kind, direction: e.direction, original: e.original }
            : { kind: e.kind, direction: e.direction },
        ),
        yaml: result.yaml,
        impact: result.impact,
        newlyIsolated: result.newlyIsolated,
        impactTruncated: result.impactTruncated,
      });
    } else {
      io.stdout(result.yaml);
      io.stderr(result.summary + '\n');
    }
    return result.status === 'invalid-intent' || result.status === 'incomplete'
      ? EXIT_FINDINGS
      : EXIT_OK;
  },
};
