import { EXIT_USAGE, USAGE } from './usage';

/** Where the CLI writes; injected so tests can capture output without spawning a process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs one `netpol` invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? EXIT_USAGE : 0;
  }
  io.stderr(`netpol: unknown command "${command}"\n\n${USAGE}`);
  return EXIT_USAGE;
}
