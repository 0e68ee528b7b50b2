// Public surface of the `generate` step: intents → the NetworkPolicies that allow them.
export type {
  AllowIntent,
  GenerateChoices,
  IntentAddresses,
  IntentDestination,
  IntentSource,
  Placement,
} from './intent';
export type { GenerateInput } from './input';
export type { GenerateResult, GenerateStatus } from './generate';
export { generateAllowPolicy } from './generate';
export type { PolicyEdit } from './plan';
export { GENERATED_FILE, placementOptions } from './plan';
export type { PlacementOption } from './extend';
export type { FlowChange, NewIsolation } from './impact';
export type { LabelKind, SelectorCandidate, SelectorProposal } from './selectors';
export {
  isSelectableLabelKey,
  isStableLabelKey,
  labelKind,
  proposeSelectors,
  selectableLabels,
} from './selectors';
export type { NamespaceLabelCandidate } from './namespaceSelectors';
export { proposeNamespaceLabels } from './namespaceSelectors';
export { INTERNET_IPV4, INTERNET_IPV6, hasIpv6Pods, internetBlocks } from './internet';
export { CLUSTER_DNS_LABEL, clusterDnsNamespaces } from './dns';
export { FUTURE_POD_NAME } from './futurePods';
