/** One example of public/examples/index.json. */
export interface ExampleEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** File name inside public/examples/. */
  readonly file: string;
}

/** The example opened on a first visit, so the screen is never empty. */
export const FIRST_VISIT_EXAMPLE = 'walkthrough-before';

function examplesUrl(path: string): string {
  // Relative to the page, so the app works from any base path and offline.
  return new URL(`examples/${path}`, document.baseURI).href;
}

function isEntry(value: unknown): value is ExampleEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['id', 'title', 'description', 'file'].every((key) => typeof v[key] === 'string');
}

let catalog: Promise<readonly ExampleEntry[]> | null = null;

/** The examples shipped with the app (fetched once from the app's own origin). */
export function loadCatalog(): Promise<readonly ExampleEntry[]> {
  catalog ??= fetch(examplesUrl('index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`examples/index.json: HTTP ${response.status}`);
      return response.json() as Promise<{ examples?: unknown }>;
    })
    .then((index) => (Array.isArray(index.examples) ? index.examples.filter(isEntry) : []))
    .catch((error: unknown) => {
      catalog = null;
      throw error;
    });
  return catalog;
}

/** The YAML text of one example. */
export async function loadExampleText(entry: ExampleEntry): Promise<string> {
  const response = await fetch(examplesUrl(entry.file));
  if (!response.ok) throw new Error(`${entry.file}: HTTP ${response.status}`);
  return response.text();
}
