/**
 * The CLI's only contact with the world: where it writes, and how it reads files and
 * standard input. Injected into `runCli` so tests capture output and feed stdin.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8; defaults to the file system. */
  readFile?(path: string): Promise<string>;
  /**
   * The manifest files under `path` (recursively, sorted) when it is a directory, or
   * undefined when it is not one; defaults to the file system.
   */
  listManifests?(path: string): Promise<readonly string[] | undefined>;
  /** Reads all of standard input; defaults to `process.stdin`. */
  readStdin?(): Promise<string>;
  /** Writes a file as UTF-8 (`--junit OUT.xml`); defaults to the file system. */
  writeFile?(path: string, text: string): Promise<void>;
  /** Milliseconds from a monotonic clock, for `--stats`; defaults to `performance.now`. */
  now?(): number;
}

/** A file's name (as given; `-` shows as `<stdin>`) and its text. */
export interface SourceText {
  readonly file: string;
  readonly text: string;
}

export type ReadResult =
  | { readonly ok: true; readonly sources: readonly SourceText[] }
  | { readonly ok: false; readonly message: string };

export const STDIN_NAME = '<stdin>';

/** Reads every named file (`-` = standard input, read once). Fails on the first unreadable file. */
export async function readSources(files: readonly string[], io: CliIO): Promise<ReadResult> {
  const sources: SourceText[] = [];
  let stdinRead = false;
  for (const file of files) {
    if (file === '-') {
      if (stdinRead) return { ok: false, message: 'standard input (-) can be read only once' };
      stdinRead = true;
      sources.push({ file: STDIN_NAME, text: await (io.readStdin ?? readProcessStdin)() });
      continue;
    }
    try {
      // A directory stands for every manifest under it, as `kubectl apply -f DIR -R` reads it.
      const inside = await (io.listManifests ?? listManifestFiles)(file);
      for (const path of inside ?? [file]) {
        sources.push({ file: path, text: await (io.readFile ?? readUtf8)(path) });
      }
    } catch (error) {
      return { ok: false, message: `cannot read ${file}: ${describeFsError(error)}` };
    }
  }
  return { ok: true, sources };
}

/** File names kubectl reads from a directory: `.yaml`, `.yml` and `.json`. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;

async function listManifestFiles(path: string): Promise<readonly string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && MANIFEST_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function readUtf8(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The clock used for timings. */
export function clockOf(io: CliIO): () => number {
  return io.now ?? (() => performance.now());
}

/** Writes a UTF-8 file through the IO (the file system by default). */
export async function writeOutput(io: CliIO, path: string, text: string): Promise<void> {
  await (io.writeFile ?? ((p: string, t: string) => writeFile(p, t, 'utf8')))(path, text);
}
