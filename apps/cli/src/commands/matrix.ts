/** `netpol matrix FILE...`: all-pairs reachability, as a table, JSON, or only statistics. */
import type { Protocol, ReachabilityMatrix } from '@netpol/engine';
import { computeMatrix, computeMatrixCompact, countPairs } from '@netpol/engine';
import { parsePortArg, parseProtocolArg } from '../args';
import type { Command } from '../command';
import { usageError } from '../command';
import { formatMatrix } from '../format/matrix';
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
                    --port, "port" is null and "ports"[i][j] lists ["TCP:6379"] or ["all"]
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
    if (args.booleans['stats']) {
      // The compact (class-level) matrix is the whole matrix; expanding 10,000 pods would
      // make 100 million cells just to count them.
      const clock = clockOf(io);
      const started = clock();
      const compact = computeMatrixCompact(analysis.model, options);
      const matrixMs = clock() - started;
      const pairs = countPairs(compact);
      const timings = analysis.timings;
      printJson(io, {
        pods: compact.pods.length,
        allowedPairs: pairs.allowed,
        deniedPairs: pairs.denied,
        ms: {
          load: round(timings ? timings.load + timings.validate : 0),
          compile: round(timings ? timings.cluster + timings.compile : 0),
          matrix: round(matrixMs),
        },
      });
      return EXIT_OK;
    }
    const computed = computeMatrix(analysis.model, options);
    const onlyProtocol = !port && args.strings['protocol'] !== undefined;
    const matrix = onlyProtocol ? restrictToProtocol(computed, protocol.value) : computed;
    io.stdout(args.booleans['json'] ? matrixJson(matrix) + '\n' : formatMatrix(matrix));
    return EXIT_OK;
  },
};

/**
 * The contract's JSON: `port` null for "any port" (then `ports` is present), `protocol`
 * null when no protocol narrows it. Rows are printed one per line to keep big outputs readable.
 */
export function matrixJson(matrix: ReachabilityMatrix): string {
  const head = {
    port: matrix.port ?? null,
    protocol: matrix.protocol ?? null,
    pods: matrix.pods,
  };
  const rows = (values: readonly unknown[]) =>
    values.length === 0
      ? '[]'
      : '[\n' + values.map((row) => '    ' + JSON.stringify(row)).join(',\n') + '\n  ]';
  const parts = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  parts.push(`  "allowed": ${rows(matrix.allowed)}`);
  if (matrix.ports) parts.push(`  "ports": ${rows(matrix.ports)}`);
  return '{\n' + parts.join(',\n') + '\n}';
}

/** An any-port matrix narrowed to one protocol: `all` becomes `P:1-65535`, other protocols drop out. */
export function restrictToProtocol(
  matrix: ReachabilityMatrix,
  protocol: Protocol,
): ReachabilityMatrix {
  const ports = (matrix.ports ?? []).map((row) =>
    row.map((labels) =>
      labels.flatMap((label) =>
        label === 'all' ? [`${protocol}:1-65535`] : label.startsWith(`${protocol}:`) ? [label] : [],
      ),
    ),
  );
  return {
    ...matrix,
    protocol,
    allowed: ports.map((row) => row.map((labels) => labels.length > 0)),
    ports,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
