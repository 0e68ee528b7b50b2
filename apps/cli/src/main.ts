/**
 * `netpol` — the command-line front end of @netpol/engine.
 * Parses arguments, dispatches to a command, and turns its result into an exit code.
 */
import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
