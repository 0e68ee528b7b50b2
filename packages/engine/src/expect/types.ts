/** Written expectations ("frontend reaches the cart on 7070") and what the policies make of them. */
import type { LabelSelector } from '../selector';
import type { FlowVerdict, Protocol, SourceRange, Verdict } from '../model';

/** One side of an expectation, as written: `ns/name`, `ns/*`, `ns/k=v,k2=v2`, or an IP. */
export type ExpectationSide =
  | { readonly kind: 'pod'; readonly id: string }
  | { readonly kind: 'namespace'; readonly namespace: string }
  | { readonly kind: 'selector'; readonly namespace: string; readonly selector: LabelSelector }
  | { readonly kind: 'ip'; readonly ip: string };

export type ExpectedVerdict = 'allowed' | 'denied';

export interface Expectation {
  /** 0-based position in the file's `expectations` list. */
  readonly index: number;
  /** The written name, or one made from the flow. */
  readonly name: string;
  readonly from: ExpectationSide;
  readonly to: ExpectationSide;
  /** `from` and `to` as written. */
  readonly fromText: string;
  readonly toText: string;
  readonly port: number | string;
  readonly protocol: Protocol;
  readonly expect: ExpectedVerdict;
  readonly file: string;
  /** The list item in the expectations text. */
  readonly range: SourceRange;
}

/** One pair that did not meet the expectation, with its verdict (and so its explanation). */
export interface ExpectationFailure {
  readonly from: string;
  readonly to: string;
  readonly verdict: FlowVerdict;
}

/**
 * Why an expectation failed, as data (the CLI and the app put it into words):
 * a side that matches no pod, the same single pod on both sides, or pairs whose verdict
 * (possibly unknown or ambiguous) is not the expected one.
 */
export type ExpectationProblem =
  | { readonly kind: 'no-match'; readonly sides: readonly ('from' | 'to')[] }
  | { readonly kind: 'same-pod' }
  | { readonly kind: 'verdict'; readonly failed: number };

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly pass: boolean;
  /**
   * The verdict found: the expected one when every pair meets it, else that of the first
   * failing pair (`unknown`/`ambiguous` fail too); `no match` when there is no pair.
   */
  readonly got: Verdict | 'no match';
  /** Why it failed; absent when it passed. */
  readonly problem?: ExpectationProblem;
  /** Pod pairs (or pod–IP pairs) checked. */
  readonly checked: number;
  readonly failures: readonly ExpectationFailure[];
}
