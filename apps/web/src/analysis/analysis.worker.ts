/**
 * The engine off the main thread: text in, `Derivation` out. The last good version of
 * each document lives here, beside the engine, so a broken document keeps being drawn.
 */
import { derive, type Derivation, type LastGood } from './derive';

export interface AnalysisRequest {
  readonly text: string;
}

let lastGood: LastGood = new Map();
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

/**
 * The derivation as posted: field ranges (a range for every field of every object) are
 * kept only for NetworkPolicies, whose rules explanations point at; copying them for
 * every pod and workload made up most of the cost of handing a result to the page.
 */
function slim(derivation: Derivation): Derivation {
  const objects = derivation.result.objects.map((o) => (o.kind === 'NetworkPolicy' ? o : { ...o, fieldRanges: {} }));
  return { ...derivation, result: { ...derivation.result, objects } };
}

scope.onmessage = (event) => {
  const next = derive(event.data.text, lastGood);
  lastGood = next.lastGood;
  scope.postMessage(slim(next.derivation));
};
