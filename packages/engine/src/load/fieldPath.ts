/**
 * Field paths as the apiserver prints them (`field.Path`): `spec.ingress[0].from[1]`,
 * and map keys that are not plain identifiers in brackets: `metadata.labels[app.kubernetes.io/name]`.
 */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** The path of a mapping entry `key` under `parent` ('' is the object itself). */
export function childPath(parent: string, key: string): string {
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
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
