/**
 * Command-line argument parsing over Node's `util.parseArgs`, turned into values:
 * a usage error is a result, not an exception, so every command reports it the same way.
 */
import { parseArgs } from 'node:util';
import type { Protocol } from '@netpol/engine';

/** The flags one command accepts: `string` flags take a value, `boolean` flags do not. */
export type FlagSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;

export interface ParsedArgs {
  readonly strings: Readonly<Record<string, string | undefined>>;
  readonly booleans: Readonly<Record<string, boolean>>;
  /** Positional words: the files (`-` is standard input). */
  readonly files: readonly string[];
  readonly help: boolean;
  /** Lists of files after list flags (see `Command.fileLists`), by flag name. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Parses `argv` (the words after the command name) against `spec`. Unknown flags, a
 * missing value or a repeated flag are usage errors. `--help`/`-h` is always accepted.
 */
export function parseCommandArgs(argv: readonly string[], spec: FlagSpec): Parsed<ParsedArgs> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, flag] of Object.entries(spec)) options[name] = { type: flag.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, message: describeParseError(error) };
  }
  const strings: Record<string, string | undefined> = {};
  const booleans: Record<string, boolean> = {};
  for (const [name, flag] of Object.entries(spec)) {
    const value = parsed.values[name];
    if (flag.type === 'string') strings[name] = typeof value === 'string' ? value : undefined;
    else booleans[name] = value === true;
  }
  return {
    ok: true,
    value: { strings, booleans, files: parsed.positionals, help: parsed.values.help === true },
  };
}

/** parseArgs throws TypeErrors; keep the message, drop its advice about `--`. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify .*$/s, '');
}

/** Parses a port argument: a number 1–65535, or a port name as container ports use (`redis`, `http`). */
export function parsePortArg(text: string): Parsed<number | string> {
  if (/^\d+$/.test(text)) {
    const port = Number(text);
    if (port >= 1 && port <= 65535) return { ok: true, value: port };
    return { ok: false, message: `--port ${text}: must be between 1 and 65535` };
  }
  // IANA_SVC_NAME: at most 15 characters, lower-case alphanumerics and '-', at least one letter.
  if (
    /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(text) &&
    /[a-z]/.test(text) &&
    !text.includes('--')
  ) {
    return { ok: true, value: text };
  }
  return { ok: false, message: `--port ${text}: not a port number (1-65535) or a port name` };
}

/** Parses `--protocol`: TCP (the default), UDP or SCTP, case-insensitive. */
export function parseProtocolArg(text: string | undefined): Parsed<Protocol> {
  const upper = (text ?? 'TCP').toUpperCase();
  if (upper === 'TCP' || upper === 'UDP' || upper === 'SCTP') return { ok: true, value: upper };
  return { ok: false, message: `--protocol ${text ?? ''}: must be TCP, UDP or SCTP` };
}
