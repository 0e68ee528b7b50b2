/**
 * Field paths as the apiserver prints them (`field.Path`): `spec.ingress[0].from[1]`,
 * and map keys that are not plain identifiers in brackets: `metadata.labels[app.kubernetes.io/name]`.
 */

/** `/^[A-Za-z_$][A-Za-z0-9_$-]*$/`, without a regex (this runs for every field). */
function isPlainKey(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (letter || (i > 0 && ((c >= 48 && c <= 57) || c === 45))) continue;
    return false;
  }
  return true;
}

/** The path of a mapping entry `key` under `parent` ('' is the object itself). */
export function childPath(parent: string, key: string): string {
  if (isPlainKey(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${key}]`;
}

/** The path of list element `index` under `parent`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * The parent of a path: `spec.ingress[0].from` → `spec.ingress[0]` → `spec.ingress` →
 * `spec` → ''. Bracketed keys may contain dots, so brackets are matched first.
 */
export function parentPath(path: string): string {
  if (path === '') return '';
  if (path.endsWith(']')) {
    const open = path.lastIndexOf('[');
    return open <= 0 ? '' : path.slice(0, open);
  }
  const dot = path.lastIndexOf('.');
  const bracket = path.lastIndexOf(']');
  if (dot > bracket) return path.slice(0, dot);
  return bracket === -1 ? '' : path.slice(0, bracket + 1);
}
