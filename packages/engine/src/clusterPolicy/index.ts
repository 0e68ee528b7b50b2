// Public surface of ClusterNetworkPolicy support: compiled types, Node reading, compiling
// and CRD validation. The tier walk itself is part of `evaluate/`.
export type {
  ClusterPeer,
  ClusterProtocolMatch,
  ClusterRule,
  CompiledClusterPolicy,
  PodsSelection,
} from './types';
export { CNP_API_VERSION, CNP_KIND } from './types';
export { compileClusterPolicies, compileClusterPolicy, isClusterNetworkPolicy } from './compile';
export { readNodes } from './nodes';
export {
  clusterPolicyNotEnforced,
  validateClusterPolicies,
  validateClusterPolicy,
} from './validate';
