/**
 * The `validate` step: the kube-apiserver's create-time rules for `networking.k8s.io/v1`
 * NetworkPolicy (ObjectMeta, label selectors, peers, ipBlock, ports, endPort, protocols,
 * policyTypes), the decoder's type checks and unknown fields, and basic checks for the
 * other kinds. Messages are worded as the apiserver words them, paths are its field paths.
 *
 * Enforcement contract: a NetworkPolicy with any diagnostic of severity `'error'` whose
 * `ref` is the policy's ref is not enforced (the apiserver would have refused it), e.g.
 * an `extensions/v1beta1` policy ("not served since Kubernetes 1.16") or an unknown field
 * (strict decoding). Warnings (non-canonical CIDRs, a missing podSelector, a likely
 * misspelt field of a workload) do not stop enforcement.
 */
export {
  hasErrors,
  refKey,
  refsWithErrors,
  validateObject,
  validateObjects,
} from './validateObjects';
export {
  isDNS1123Label,
  isDNS1123Subdomain,
  isLabelKey,
  isLabelValue,
  isValidPortName,
  isValidPortNum,
} from './names';
export { parseCidrSloppy, parseCidrStrict, goContains } from '../util';
export type { GoIPNet } from '../util';
export { FULLY_DECLARED_KINDS, LABEL_SELECTOR, NETWORK_POLICY, OBJECT_META, shapeOfKind } from '../model';
export type { Shape } from '../model';
// Building blocks for validators of other kinds (ClusterNetworkPolicy in `clusterPolicy/`).
export { checkShape } from './shape';
export type { FieldError } from './fieldError';
export { forbidden, invalid, notSupported, required } from './fieldError';
export { validateObjectMeta } from './metaRules';
export { nameIsDNSSubdomain } from './names';
export { toDiagnostic } from './validateObjects';
