/**
 * How a derivation crosses from the analysis worker to the page. Structured clone of the
 * many small objects of an analysis is slow to read back (at 500 pods ~10 ms on the page,
 * every keystroke); the same data as one JSON string is copied at once and `JSON.parse`
 * reads it in less than half the time. The data is plain (see the engine's analyze test);
 * the one shared part, the model's cluster and policies, is sent once and linked again.
 */
import type { Derivation } from './derive';

/**
 * The derivation as posted, without the objects' field and key ranges (a range for every
 * field and key of every object: at 1,000 pods and 200 policies 6 MB, 200 ms to copy to
 * the page; at 500 pods the key ranges were two thirds of the copy). The page never reads
 * them: explanations point at the compiled rules' own ranges. Nor the engine's per-file
 * loads, which the worker keeps for the next analysis.
 */
export function encodeDerivation(derivation: Derivation): string {
  const { loads: _loads, model, ...result } = derivation.result;
  // Ranges are replaced, never read: the engine computes most of them on first read.
  const objects = result.objects.map((o) => ({ ...o, fieldRanges: {}, keyRanges: undefined }));
  const { cluster: _cluster, policies: _policies, ...index } = model;
  return JSON.stringify({ ...derivation, result: { ...result, objects, model: index } });
}

/** The derivation back from `encodeDerivation`, its model sharing the result's cluster and policies. */
export function decodeDerivation(message: string): Derivation {
  const sent = JSON.parse(message) as Derivation;
  const { result } = sent;
  const model = { ...result.model, cluster: result.cluster, policies: result.policies };
  return { ...sent, result: { ...result, model } };
}
