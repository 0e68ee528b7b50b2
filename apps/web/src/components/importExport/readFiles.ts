/** File names the app opens: YAML and JSON manifests. */
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Whether a file looks like a manifest (by name, or by type when the name says nothing). */
export function isManifestFile(file: { readonly name: string; readonly type: string }): boolean {
  const name = file.name.toLowerCase();
  if (MANIFEST_EXTENSIONS.some((ext) => name.endsWith(ext))) return true;
  return /yaml|json/.test(file.type) || (file.type === '' && !name.includes('.'));
}

/**
 * Several files → one multi-document workspace: each file's text with line endings
 * normalised, separated by `---` lines, each headed by a comment naming its file.
 * JSON is valid YAML, so JSON files are concatenated as they are.
 */
export function concatenateFiles(
  files: ReadonlyArray<{ readonly name: string; readonly text: string }>,
): string {
  if (files.length === 1) return normalise(files[0]?.text ?? '');
  return files
    .map((file) => `# file: ${file.name}\n${normalise(file.text).replace(/^---\n/, '')}`)
    .join('---\n');
}

function normalise(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  return lf.endsWith('\n') || lf === '' ? lf : `${lf}\n`;
}

/** Reads browser `File`s as text and concatenates them; non-manifests are skipped. */
export async function readManifestFiles(files: readonly File[]): Promise<{
  readonly text: string;
  readonly names: readonly string[];
  readonly skipped: readonly string[];
}> {
  const accepted = files.filter(isManifestFile);
  const skipped = files.filter((f) => !isManifestFile(f)).map((f) => f.name);
  const read = await Promise.all(
    accepted.map(async (f) => ({ name: f.name, text: await f.text() })),
  );
  return { text: concatenateFiles(read), names: read.map((f) => f.name), skipped };
}
