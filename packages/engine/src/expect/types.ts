/** Written expectations ("frontend reaches the cart on 7070") and what the policies make of them. */
import type { LabelSelector } from '../selector/labelSelector';
import type { Protocol } from '../model/k8s';
import type { SourceRange } from '../model/source';

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

/** One pair that did not meet the expectation, with the explanation of its verdict. */
export interface ExpectationFailure {
  readonly from: string;
  readonly to: string;
  readonly explanation: readonly string[];
}

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly pass: boolean;
  /** The verdict found: the expected one when every pair meets it; `no match` when a side matched nothing. */
  readonly got: ExpectedVerdict | 'no match';
  /** Why it failed, in one sentence ('' when it passed). */
  readonly reason: string;
  /** Pod pairs (or pod–IP pairs) checked. */
  readonly checked: number;
  readonly failures: readonly ExpectationFailure[];
}
