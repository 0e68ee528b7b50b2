import type { Command } from './command';
import { runCommand } from './command';
import { diffCommand } from './commands/diff';
import { explainCommand } from './commands/explain';
import { generateCommand } from './commands/generate';
import { lintCommand } from './commands/lint';
import { matrixCommand } from './commands/matrix';
import { probeCommand } from './commands/probe';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import type { CliIO } from './io';
import { terminalSafe } from './format/terminalSafe';
import { EXIT_USAGE, USAGE } from './usage';

export type { CliIO } from './io';

const COMMANDS: readonly Command[] = [
  validateCommand,
  matrixCommand,
  probeCommand,
  explainCommand,
  generateCommand,
  lintCommand,
  diffCommand,
  testCommand,
];

/** Runs one `netpol` invocation and returns its exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], rawIO: CliIO): Promise<number> {
  // Output goes to a terminal or a CI log: no control sequence from the input reaches it.
  const io: CliIO = {
    ...rawIO,
    stdout: (text) => rawIO.stdout(terminalSafe(text)),
    stderr: (text) => rawIO.stderr(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`netpol: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  return runCommand(command, rest, io);
}
