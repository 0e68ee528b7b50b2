/** `netpol diff --before FILE... --after FILE...`: which pod pairs gained or lost ports. */
import { diffModels } from '@netpol/engine';
import type { MatrixOptions } from '@netpol/engine';
import { parsePortArg, parseProtocolArg } from '../args';
import type { Command } from '../command';
import { usageError } from '../command';
import { writeDiffJson, writeDiffMarkdown, writeDiffText } from '../format/diff';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage';
import { analyzeFiles, NAMESPACE_FLAG } from './shared';

export const diffCommand: Command = {
  name: 'diff',
  fileLists: ['before', 'after'],
  flags: {
    port: { type: 'string' },
    protocol: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    ...NAMESPACE_FLAG,
  },
  help: `Usage: netpol diff --before FILE... --after FILE... [--port N|NAME [--protocol P]]
                  [--json | --markdown] [--namespace NS]

Every pair of pods (present on both sides; a pod with itself excluded) whose allowed
ports changed between two versions of the manifests, e.g. a pull request's base and head.

Options:
  --before FILE...  the files as they were (- for standard input)
  --after FILE...   the files as they are now
  --port N|NAME     compare one port only (a number or a container port name)
  --protocol P      TCP (default), UDP or SCTP, with --port
  --json            {"gained":[{"from","to","ports":["TCP:80"]}],"lost":[...],
                    "uncertain":[{"from","to","before","after"}] (pairs that became or
                    stopped being unknown or ambiguous, when any),
                    "addedPods":[...],"removedPods":[...],"unchanged":N}
  --markdown        grouped tables, ready to paste into a pull request (at most
                    200 pairs per section; --json lists them all)
  --namespace NS    namespace of objects without metadata.namespace (default: default)
  -h, --help        show this help

Exit status: 0 nothing changed, 1 something changed, 2 usage error or unreadable file.
`,
  async run(args, io) {
    const before = args.lists?.['before'] ?? [];
    const after = args.lists?.['after'] ?? [];
    if (before.length === 0 || after.length === 0)
      return usageError(this, 'give both --before FILE... and --after FILE...', io);
    if (args.files.length > 0)
      return usageError(
        this,
        `unexpected ${args.files[0] ?? ''} (files go after --before or --after)`,
        io,
      );
    if (args.booleans['json'] && args.booleans['markdown'])
      return usageError(this, '--json and --markdown exclude each other', io);
    if (before.filter((f) => f === '-').length + after.filter((f) => f === '-').length > 1)
      return usageError(this, 'standard input (-) can be read only once', io);
    const options = probeOptions(args.strings['port'], args.strings['protocol']);
    if (!options.ok) return usageError(this, options.message, io);
    const was = await analyzeFiles(this, { ...args, files: before }, io);
    if (!was) return EXIT_USAGE;
    const is = await analyzeFiles(this, { ...args, files: after }, io);
    if (!is) return EXIT_USAGE;
    const diff = diffModels(was.model, is.model, options.value);
    const write = (text: string) => io.stdout(text);
    if (args.booleans['json']) writeDiffJson(diff, write);
    else if (args.booleans['markdown']) writeDiffMarkdown(diff, write);
    else writeDiffText(diff, write);
    const changed =
      diff.changes.length +
        diff.addedPods.length +
        diff.removedPods.length +
        diff.uncertain.length >
      0;
    return changed ? EXIT_FINDINGS : EXIT_OK;
  },
};

function probeOptions(
  port: string | undefined,
  protocol: string | undefined,
): { ok: true; value: MatrixOptions } | { ok: false; message: string } {
  if (port === undefined) {
    if (protocol !== undefined) return { ok: false, message: '--protocol needs --port' };
    return { ok: true, value: {} };
  }
  const parsedPort = parsePortArg(port);
  if (!parsedPort.ok) return parsedPort;
  const parsedProtocol = parseProtocolArg(protocol);
  if (!parsedProtocol.ok) return parsedProtocol;
  return { ok: true, value: { port: parsedPort.value, protocol: parsedProtocol.value } };
}
