// Public surface of the `diff` step: what two workspaces allow differently, pair by pair.
export type { CompactDiff, GroupChange } from './compactDiff';
export { diffCompactMatrices, pairCount, unchangedPairs } from './compactDiff';
export type { ReachabilityDiff } from './diffReachability';
export type { ChangeKind, DiffCounts, PairChange } from './pairChanges';
export { diffCounts, pairChanges } from './pairChanges';
export { diffModels, diffReachability, expandDiff } from './diffReachability';
export { formatPortDifference, subtractPorts } from './portDiff';
export type { PairVerdict, UncertainChange } from './uncertainChanges';
export { uncertainChanges } from './uncertainChanges';
