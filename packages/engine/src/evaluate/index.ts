// Public surface of the `evaluate` step: verdicts for one flow, isolation, allowed ports.
export type { PolicyModel } from './model';
export { createPolicyModel } from './model';
export { evaluateFlow } from './evaluateFlow';
export { combineVerdicts, verdictAllowed } from './verdicts';
export { tierSubject } from './clusterMatch';
export { isolation } from './isolation';
export { allowedPorts, portRanges } from './allowedPorts';
export {
  ALL_PORTS,
  MAX_PORT,
  MIN_PORT,
  NO_PORTS,
  formatPortSet,
  intersectPortSets,
  isEmptyPortSet,
  portSetContains,
  portSetOf,
  unionPortSets,
} from './portSet';
export type { PeerFacts, ProbePort } from './match';
export { peerMatches, portMatches, resolveNamedPort, targetSelects } from './match';
export type { DecidingTier } from './tieredPorts';
export { decidingTier, tieredPortScan } from './tieredPorts';
// For the tiered matrix's pod classes (matrix/tierClasses.ts): what the tier walk reads of a pod.
export { peerMatch, subjectSelects } from './clusterMatch';
export type { ResolvedEndpoint } from './endpoint';
