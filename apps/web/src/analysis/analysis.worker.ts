/**
 * The engine off the main thread: text in, `Derivation` out. The last good version of
 * each document lives here, beside the engine, so a broken document keeps being drawn.
 */
import { derive, type LastGood, type PreviousAnalyses } from './derive';
import { encodeDerivation } from './transfer';

export interface AnalysisRequest {
  readonly text: string;
}

let lastGood: LastGood = new Map();
/** The engine's last analyses, with their loads: the next text reloads only what changed. */
let previous: PreviousAnalyses = {};
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const next = derive(event.data.text, lastGood, previous);
  lastGood = next.lastGood;
  previous = next.previous;
  scope.postMessage(encodeDerivation(next.derivation));
};
