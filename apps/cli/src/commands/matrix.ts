/** `netpol matrix FILE...`: all-pairs reachability, as a table, JSON, or only statistics. */
import { computeMatrixCompact, countPairs } from '@netpol/engine';
import { parsePortArg, parseProtocolArg } from '../args';
import type { Command } from '../command';
import { usageError } from '../command';
import { formatMatrix } from '../format/matrix';
import type { MatrixView } from '../format/matrixView';
import { viewOf, writeMatrixJson } from '../format/matrixView';
import { clockOf } from '../io';
import { EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG, printJson } from './shared';

export const matrixCommand: Command = {
  name: 'matrix',
  flags: {
    port: { type: 'string' },
    protocol: { type: 'string' },
    json: { type: 'boolean' },
    stats: { type: 'boolean' },
    ...NAMESPACE_FLAG,
  },
  help: `Usage: netpol matrix FILE... [--port N|NAME] [--protocol TCP|UDP|SCTP] [--json | --stats]

All-pairs reachability between the pods of the files (a workload counts as one pod,
named after it). Row = source, column = destination. FILE may be - for standard input.

Options:
  --port N|NAME     probe one port (a number, or a container port name resolved on each
                    destination); without it, "any port": which ports each pair may use
  --protocol P      TCP (default), UDP or SCTP; without --port, "any port of P"
  --json            {"port":80,"protocol":"TCP","pods":[...],"allowed":[[...]]}; without
                    --port, "port" is null and "ports"[i][j] lists ["TCP:6379"] or ["all"].
                    With ClusterNetworkPolicies, a pair whose verdict is unknown or
                    ambiguous is null in "allowed" and listed in
                    "uncertain":[{"from","to","verdict","reason"}]
  --stats           compute the whole matrix, print only
                    {"pods":N,"allowedPairs":K,"deniedPairs":D,"ms":{"load","compile","matrix"}}
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Exit status: 0 done, 2 usage error or unreadable file.
`,
  async run(args, io) {
    const port =
      args.strings['port'] === undefined ? undefined : parsePortArg(args.strings['port']);
    if (port && !port.ok) return usageError(this, port.message, io);
    const protocol = parseProtocolArg(args.strings['protocol']);
    if (!protocol.ok) return usageError(this, protocol.message, io);
    if (args.booleans['json'] && args.booleans['stats'])
      return usageError(this, '--json and --stats exclude each other', io);
    const analysis = await analyzeFiles(this, args, io);
    if (!analysis) return EXIT_USAGE;
    const options = port ? { port: port.value, protocol: protocol.value } : {};
    // The compact (class-level) matrix is the whole matrix; it is read cell by cell below,
    // never expanded: 10,000 pods would make 100 million cells.
    const clock = clockOf(io);
    const started = clock();
    const compact = computeMatrixCompact(analysis.model, options);
    const matrixMs = clock() - started;
    const onlyProtocol =
      !port && args.strings['protocol'] !== undefined ? protocol.value : undefined;
    const view = viewOf(compact, onlyProtocol);
    const counted = onlyProtocol ? countView(view) : countPairs(compact);
    // Unknown and ambiguous pairs have no allowed bit; they are not denied either.
    const pairs = {
      ...counted,
      denied: counted.denied - (onlyProtocol ? 0 : view.uncertain.length),
    };
    if (args.booleans['stats']) {
      const timings = analysis.timings;
      printJson(io, {
        pods: compact.pods.length,
        allowedPairs: pairs.allowed,
        deniedPairs: pairs.denied,
        ...(view.uncertain.length > 0 ? { uncertainPairs: view.uncertain.length } : {}),
        ms: {
          load: round(timings ? timings.load + timings.validate : 0),
          compile: round(timings ? timings.cluster + timings.compile : 0),
          matrix: round(matrixMs),
        },
      });
    } else if (args.booleans['json']) {
      writeMatrixJson(view, (text) => io.stdout(text));
    } else {
      io.stdout(formatMatrix(view, pairs));
    }
    return EXIT_OK;
  },
};

/** Allowed and denied pairs counted cell by cell (for views the class counts do not fit). */
function countView(view: MatrixView): { allowed: number; denied: number } {
  const n = view.pods.length;
  let allowed = 0;
  let uncertain = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const cell = view.allowed(i, j);
      if (cell === true) allowed++;
      else if (cell === null) uncertain++;
    }
  return { allowed, denied: n * n - allowed - uncertain };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
