/** `netpol probe FILE... --from X --to Y --port P`: one flow's verdict and why. */
import { evaluateFlow } from '@netpol/engine';
import { parsePortArg, parseProtocolArg } from '../args';
import type { Command } from '../command';
import { usageError } from '../command';
import { parseFlowEndpoint } from '../endpoints';
import { explanationLines, formatVerdict } from '../format/verdict';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNKNOWN, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const probeCommand: Command = {
  name: 'probe',
  flags: {
    from: { type: 'string' },
    to: { type: 'string' },
    port: { type: 'string' },
    protocol: { type: 'string' },
    json: { type: 'boolean' },
    ...NAMESPACE_FLAG,
  },
  help: `Usage: netpol probe FILE... --from NS/POD|IP --to NS/POD|IP --port N|NAME [--protocol P] [--json]

Whether one connection is allowed, and why: egress at the source, ingress at the
destination, the policies that isolate each side and the rules that allow it.
FILE may be - for standard input.

Options:
  --from NS/POD|IP  the source: a pod (a workload is named after it) or an IP address
  --to NS/POD|IP    the destination
  --port N|NAME     a port number, or a container port name of the destination pod
  --protocol P      TCP (default), UDP or SCTP
  --json            {"allowed":bool|null,"verdict":"allowed"|"denied"|"unknown"|"ambiguous",
                    "egress":{...},"ingress":{...},"explanation":[...]}; "allowed" is null
                    when the verdict is unknown or ambiguous; each side has "tiers" (the
                    ClusterNetworkPolicy tier walk) when cluster policies are in force
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Exit status (like "kubectl auth can-i"): 0 allowed, 1 denied, 2 usage error,
3 unknown or ambiguous (a ClusterNetworkPolicy domainNames rule or a priority tie decides).
`,
  async run(args, io) {
    const { from: fromText, to: toText, port: portText } = args.strings;
    if (fromText === undefined || toText === undefined || portText === undefined) {
      const missing = ['from', 'to', 'port'].filter((name) => args.strings[name] === undefined);
      return usageError(this, `missing ${missing.map((name) => `--${name}`).join(', ')}`, io);
    }
    const port = parsePortArg(portText);
    if (!port.ok) return usageError(this, port.message, io);
    const protocol = parseProtocolArg(args.strings['protocol']);
    if (!protocol.ok) return usageError(this, protocol.message, io);
    const analysis = await analyzeFiles(this, args, io);
    if (!analysis) return EXIT_USAGE;
    const from = parseFlowEndpoint('from', fromText, analysis.model);
    if (!from.ok) return usageError(this, from.message, io);
    const to = parseFlowEndpoint('to', toText, analysis.model);
    if (!to.ok) return usageError(this, to.message, io);
    const verdict = evaluateFlow(analysis.model, {
      from: from.value,
      to: to.value,
      port: port.value,
      protocol: protocol.value,
    });
    if (args.booleans['json']) {
      printJson(io, {
        allowed: verdict.allowed,
        verdict: verdict.verdict,
        egress: verdict.egress,
        ingress: verdict.ingress,
        explanation: explanationLines(verdict),
      });
    } else {
      io.stdout(formatVerdict(verdict));
    }
    if (verdict.allowed === null) return EXIT_UNKNOWN;
    return verdict.allowed ? EXIT_OK : EXIT_FINDINGS;
  },
};
