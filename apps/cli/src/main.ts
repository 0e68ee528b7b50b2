/**
 * `netpol` — the command-line front end of @netpol/engine.
 * Parses arguments, dispatches to a command, and turns its result into an exit code.
 */
import { runCli } from './cli';

// A reader that stops early (`netpol matrix … | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of crashing with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
