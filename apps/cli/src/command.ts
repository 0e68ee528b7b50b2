/** What every `netpol` subcommand provides, and the helpers they share. */
import type { FlagSpec, ParsedArgs } from './args';
import { parseCommandArgs } from './args';
import type { CliIO, SourceText } from './io';
import { readSources } from './io';
import { EXIT_USAGE } from './usage';

export interface Command {
  readonly name: string;
  /** The full `--help` text. */
  readonly help: string;
  readonly flags: FlagSpec;
  /**
   * Flags that take a list of files: the words after `--before` up to the next flag
   * (`netpol diff --before a.yaml b.yaml --after c.yaml`). Read into `ParsedArgs.lists`.
   */
  readonly fileLists?: readonly string[];
  /** Runs with parsed arguments; returns the exit code. */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Parses arguments, answers `--help`, then runs the command; usage errors exit 2. */
export async function runCommand(
  command: Command,
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  const split = splitFileLists(argv, command.fileLists ?? []);
  const parsed = parseCommandArgs(split.rest, command.flags);
  if (!parsed.ok) return usageError(command, parsed.message, io);
  const args = split.lists ? { ...parsed.value, lists: split.lists } : parsed.value;
  if (args.help) {
    io.stdout(command.help);
    return 0;
  }
  return command.run(args, io);
}

/** Takes `--NAME word...` runs out of `argv` for each list flag; the rest is parsed as usual. */
export function splitFileLists(
  argv: readonly string[],
  names: readonly string[],
): { rest: string[]; lists?: Record<string, string[]> } {
  if (names.length === 0) return { rest: [...argv] };
  const lists: Record<string, string[]> = {};
  const rest: string[] = [];
  let current: string[] | undefined;
  for (const word of argv) {
    const name = word.startsWith('--') ? word.slice(2) : undefined;
    if (name !== undefined && names.includes(name)) {
      current = lists[name] ??= [];
      continue;
    }
    // `-` (standard input) is a file; any other word starting with `-` ends the list.
    if (word.startsWith('-') && word !== '-') current = undefined;
    if (current) current.push(word);
    else rest.push(word);
  }
  return { rest, lists };
}

/** Prints `netpol CMD: message` and a pointer to `--help`; returns exit code 2. */
export function usageError(command: Command, message: string, io: CliIO): number {
  io.stderr(`netpol ${command.name}: ${message}\nRun "netpol ${command.name} --help" for usage.\n`);
  return EXIT_USAGE;
}

/**
 * Reads the command's files. Returns undefined (after printing why, as a usage error: exit
 * 2) when none are given or one cannot be read.
 */
export async function readCommandSources(
  command: Command,
  args: ParsedArgs,
  io: CliIO,
): Promise<readonly SourceText[] | undefined> {
  if (args.files.length === 0) {
    usageError(command, 'no FILE given (use - for standard input)', io);
    return undefined;
  }
  const read = await readSources(args.files, io);
  if (!read.ok) {
    io.stderr(`netpol ${command.name}: ${read.message}\n`);
    return undefined;
  }
  return read.sources;
}
