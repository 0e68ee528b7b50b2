/**
 * The engine off the main thread: text in, `Derivation` out. The last good version of
 * each document lives here, beside the engine, so a broken document keeps being drawn.
 */
import { derive, type LastGood } from './derive';

export interface AnalysisRequest {
  readonly text: string;
}

let lastGood: LastGood = new Map();
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const next = derive(event.data.text, lastGood);
  lastGood = next.lastGood;
  scope.postMessage(next.derivation);
};
