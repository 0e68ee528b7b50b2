/**
 * The app's calls into @netpol/engine beyond `analyze`, in one place: every verdict the
 * UI shows comes from here, computed by the engine, never guessed by the UI.
 */
import { allowedPorts, computeMatrixCompact, evaluateFlow, formatPortSet, isolation, tierSubject } from '@netpol/engine';
import type { CompactMatrix, FlowEndpoint, FlowVerdict, Protocol } from '@netpol/engine';
import type { EngineResult } from './derive';

export type EngineModel = EngineResult['model'];

/** Whether a pod is isolated for each direction, and by which policies. */
export function podIsolation(model: EngineModel, podId: string) {
  return isolation(model, podId);
}

/** Whether a ClusterNetworkPolicy selects the pod with rules for each direction. */
export function tierSubjectOf(model: EngineModel, podId: string): { tierIngress: boolean; tierEgress: boolean } {
  const subject = tierSubject(model, podId);
  return { tierIngress: subject.ingress, tierEgress: subject.egress };
}

/** All-pairs reachability for a port (undefined: any port) and protocol, compact. */
export function reachability(
  model: EngineModel,
  port: number | string | undefined,
  protocol: Protocol,
): CompactMatrix {
  return computeMatrixCompact(model, port === undefined ? { protocol } : { port, protocol });
}

/** The verdict of one flow, with its explanation. */
export function explainFlow(
  model: EngineModel,
  from: FlowEndpoint,
  to: FlowEndpoint,
  port: number | string,
  protocol: Protocol,
): FlowVerdict {
  return evaluateFlow(model, { from, to, port, protocol });
}

/** The ports on which `from` may reach `to`, formatted like the CLI (`TCP:6379`, `all`). */
export function portsBetween(model: EngineModel, from: FlowEndpoint, to: FlowEndpoint): readonly string[] {
  return formatPortSet(allowedPorts(model, from, to));
}
