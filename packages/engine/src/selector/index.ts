// Label selectors: the one matcher every step uses for `matchLabels` / `matchExpressions`.
export type { LabelSelector, Labels, SelectorOperator, SelectorRequirement } from './labelSelector';
export {
  formatSelector,
  isEmptySelector,
  requirementMatches,
  selectorMatches,
} from './labelSelector';
