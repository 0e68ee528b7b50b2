/**
 * @netpol/engine — the public API. Apps import from here, never from internal modules.
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
