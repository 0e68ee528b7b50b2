// Public surface of the `expect` step: written expectations, parsed with located diagnostics and checked.
export { parseExpectations } from './parseExpectations';
export type { ParsedExpectations } from './parseExpectations';
export { parseSide } from './parseSide';
export { checkExpectation, checkExpectations, sideEndpoints } from './checkExpectations';
export type {
  Expectation,
  ExpectationFailure,
  ExpectationResult,
  ExpectationSide,
  ExpectedVerdict,
} from './types';
