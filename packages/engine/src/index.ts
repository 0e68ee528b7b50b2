/**
 * @netpol/engine — the public API. Apps import from here, never from internal modules.
 * One pipeline: load → validate → cluster → compile → evaluate / matrix → generate → serialize.
 * Each step's folder has an `index.ts` that names exactly what it exports.
 */
export type {
  LabelSelector,
  Labels,
  SelectorOperator,
  SelectorRequirement,
} from './selector/labelSelector';
export {
  formatSelector,
  isEmptySelector,
  requirementMatches,
  selectorMatches,
} from './selector/labelSelector';

export type { Diagnostic, ObjectRef, Severity, SourceRange } from './model/source';
export type { LoadedObject } from './model/loaded';
export type * from './model/k8s';
export { PROTOCOLS } from './model/k8s';
export type * from './model/cluster';
export type * from './model/verdict';

export * from './load';
export * from './validate';
export * from './cluster';
export * from './compile';
export * from './evaluate';
export * from './matrix';
export * from './generate';
export * from './analyze';
export * from './serialize';
export * from './edit';
export * from './clusterPolicy';
export * from './lint';
export * from './diff';
export * from './expect';
