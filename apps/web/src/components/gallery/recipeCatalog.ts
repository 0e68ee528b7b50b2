import { PROTOCOLS, type Protocol } from '@netpol/engine';

/** One verdict a recipe promises (public/recipes/README.md describes the format). */
export interface RecipeExpectation {
  /** `ns/name` for a pod, anything else an IP address. */
  readonly from: string;
  readonly to: string;
  readonly port: number | string;
  readonly protocol: Protocol;
  readonly allowed: boolean;
  readonly why: string;
}

/** One entry of public/recipes/index.json. */
export interface RecipeEntry {
  readonly id: string;
  readonly title: string;
  readonly intent: string;
  readonly description: string;
  readonly file: string;
  readonly expect: readonly RecipeExpectation[];
}

function recipesUrl(path: string): string {
  // Relative to the page, so the app works from any base path and offline.
  return new URL(`recipes/${path}`, document.baseURI).href;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isExpectation(value: unknown): value is RecipeExpectation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isString(v['from']) &&
    isString(v['to']) &&
    (typeof v['port'] === 'number' || isString(v['port'])) &&
    PROTOCOLS.includes(v['protocol'] as Protocol) &&
    typeof v['allowed'] === 'boolean' &&
    isString(v['why'])
  );
}

/** Whether a parsed index entry has the documented shape (entries that do not are skipped). */
export function isRecipeEntry(value: unknown): value is RecipeEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['id', 'title', 'intent', 'description', 'file'].every((key) => isString(v[key])) &&
    Array.isArray(v['expect']) &&
    v['expect'].every(isExpectation)
  );
}

let catalog: Promise<readonly RecipeEntry[]> | null = null;

/** The recipe gallery's index (fetched once from the app's own origin). */
export function loadRecipes(): Promise<readonly RecipeEntry[]> {
  catalog ??= fetch(recipesUrl('index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`recipes/index.json: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((index) => (Array.isArray(index) ? index.filter(isRecipeEntry) : []))
    .catch((error: unknown) => {
      catalog = null;
      throw error;
    });
  return catalog;
}

/** The scenario YAML of one recipe. */
export async function loadRecipeText(entry: RecipeEntry): Promise<string> {
  const response = await fetch(recipesUrl(entry.file));
  if (!response.ok) throw new Error(`${entry.file}: HTTP ${response.status}`);
  return response.text();
}
