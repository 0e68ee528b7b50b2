/** Steps several commands share: analysing the files and reporting errors that matter. */
import type { Analysis } from '@netpol/engine';
import { analyze } from '@netpol/engine';
import type { Command } from '../command';
import { readCommandSources } from '../command';
import type { ParsedArgs } from '../args';
import { formatDiagnostic } from '../format/diagnostics';
import type { CliIO } from '../io';
import { clockOf } from '../io';

/** `--namespace` is accepted by every command that reads manifests. */
export const NAMESPACE_FLAG = { namespace: { type: 'string' } } as const;

/**
 * Reads and analyses the command's files. Error diagnostics go to stderr as warnings
 * (an invalid policy is simply not in force, so evaluation can go on); returns undefined
 * when the files cannot be read.
 */
export async function analyzeFiles(
  command: Command,
  args: ParsedArgs,
  io: CliIO,
): Promise<Analysis | undefined> {
  const sources = await readCommandSources(command, args, io);
  if (!sources) return undefined;
  const analysis = analyze(sources, {
    defaultNamespace: args.strings['namespace'] ?? 'default',
    clock: clockOf(io),
  });
  for (const d of analysis.diagnostics) {
    if (
      d.severity === 'error' ||
      d.code === 'POLICY_NOT_ENFORCED' ||
      d.code === 'OBJECT_NOT_CREATED'
    )
      io.stderr(formatDiagnostic(d) + '\n');
  }
  return analysis;
}

/** Writes a value as pretty JSON with a final newline. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}
