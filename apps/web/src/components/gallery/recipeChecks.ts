import { evaluateFlow, type FlowEndpoint, type PolicyModel } from '@netpol/engine';
import { endpointLabel, sideReasonText } from '../../analysis/verdictText';
import type { RecipeExpectation } from './recipeCatalog';

/** How the app's analysis compares with one promised verdict. */
export type RecipeCheck =
  | { readonly status: 'agrees' | 'disagrees'; readonly allowed: boolean | null; readonly reason: string }
  /** An endpoint pod is not in the workspace (the user changed the recipe). */
  | { readonly status: 'missing'; readonly reason: string };

/** `ns/name` is a pod; anything else an IP address (the CLI's probe convention). */
export function recipeEndpoint(text: string): FlowEndpoint {
  return text.includes('/') ? { kind: 'pod', id: text } : { kind: 'ip', ip: text };
}

/** Compares one promised verdict with the engine's verdict on the analysed workspace. */
export function checkExpectation(model: PolicyModel, expectation: RecipeExpectation): RecipeCheck {
  const from = recipeEndpoint(expectation.from);
  const to = recipeEndpoint(expectation.to);
  for (const end of [from, to]) {
    if (end.kind === 'pod' && model.podIndex[end.id] === undefined) {
      return { status: 'missing', reason: `${end.id} is not in the workspace` };
    }
  }
  const verdict = evaluateFlow(model, {
    from,
    to,
    port: expectation.port,
    protocol: expectation.protocol,
  });
  const egressDecides = verdict.allowed !== true && verdict.egress.allowed !== true;
  const side = egressDecides ? verdict.egress : verdict.ingress;
  const [subject, other] = egressDecides ? [from, to] : [to, from];
  return {
    status: verdict.allowed === expectation.allowed ? 'agrees' : 'disagrees',
    allowed: verdict.allowed,
    reason: sideReasonText(side, endpointLabel(subject), endpointLabel(other)),
  };
}
