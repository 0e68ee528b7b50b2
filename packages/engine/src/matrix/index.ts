// Public surface of the `matrix` step: all-pairs reachability, plain and compact.
export type { CompactMatrix, MatrixOptions } from './types';
export {
  compactAllowed,
  compactDecidedBy,
  compactPorts,
  computeMatrix,
  computeMatrixCompact,
  countPairs,
  expandMatrix,
} from './computeMatrix';
