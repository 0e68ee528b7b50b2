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
 * The derivation as posted, without the objects' field ranges (a range for every field of
 * every object: at 1,000 pods and 200 policies 6 MB, 200 ms to copy to the page). The page
 * never reads them: explanations point at the compiled rules' own ranges, made here.
 */
function slim(derivation: Derivation): Derivation {
  const objects = derivation.result.objects.map((o) => ({ ...o, fieldRanges: {} }));
  return { ...derivation, result: { ...derivation.result, objects } };
}

scope.onmessage = (event) => {
  const next = derive(event.data.text, lastGood);
  lastGood = next.lastGood;
  scope.postMessage(slim(next.derivation));
};
