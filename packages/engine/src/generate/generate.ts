/**
 * An intent ("allow A → B on TCP 6379") becomes the smallest change that allows it: an
 * ingress policy in the destination's namespace when its ingress denies the flow, an
 * egress policy in the source's namespace when its egress does — or, when the user picks
 * it, a new rule of an existing policy that already selects the pod.
 */
import { allowedPorts, evaluateFlow, resolveNamedPort } from '../evaluate';
import type { PolicyModel } from '../evaluate';
import type { Cluster, FlowEndpoint, NetworkPolicyObject } from '../model';
import { serializeObjects } from '../serialize';
import { applyEdits, touchedPods } from './apply';
import { cidrEnds, destinationEndpoints, selectedNamespaces, sourceEndpoints } from './endpoints';
import { withFuturePods } from './futurePods';
import type { GenerateInput } from './input';
import type { FlowChange, Impact } from './impact';
import { computeImpact } from './impact';
import type { AllowIntent, GenerateChoices } from './intent';
import { describeDestination, describePort, describeSource } from './intent';
import type { PlanFacts, PolicyEdit } from './plan';
import { planEdits } from './plan';
import { summarize } from './summary';

export type GenerateStatus = 'generated' | 'already-allowed' | 'invalid-intent' | 'incomplete';

export interface GenerateResult {
  readonly status: GenerateStatus;
  readonly edits: readonly PolicyEdit[];
  /** The new or modified policies (`edits[i].policy`). */
  readonly policies: readonly NetworkPolicyObject[];
  /** The policies as YAML, ready for `kubectl apply -f` ('' when none). */
  readonly yaml: string;
  /** Flows between known pods whose allowed ports change, the intended one included. */
  readonly impact: readonly FlowChange[];
  readonly newlyIsolated: Impact['newlyIsolated'];
  readonly impactTruncated: boolean;
  /** One paragraph for people: what was generated and what else it changes. */
  readonly summary: string;
  /** Caveats: pods not covered, names changed to stay unique, … */
  readonly notes: readonly string[];
  /** A new egress policy is written, so the DNS choice applies; and whether DNS is in it. */
  readonly dnsOffered: boolean;
  readonly dnsIncluded: boolean;
}

/** Generates the policies that allow `intent`. Never throws for bad input: see `status`. */
export function generateAllowPolicy(
  input: GenerateInput,
  intent: AllowIntent,
  choices: GenerateChoices = {},
): GenerateResult {
  const problem = checkIntent(input.cluster, intent, choices);
  if (problem) return emptyResult('invalid-intent', problem);
  // A namespace intent covers later pods too: judge it with a probe pod per namespace.
  const judged =
    intent.from.kind === 'namespace'
      ? withFuturePods(
          input,
          selectedNamespaces(input.cluster, intent.from.name, choices.namespaceLabels),
        )
      : input;
  const sources = sourceEndpoints(judged.cluster, intent.from, choices.namespaceLabels);
  const destinations = destinationEndpoints(input.cluster, intent.to);
  const notes: string[] = [];
  const need = neededSides(judged.model, intent, sources, destinations, notes);
  if (!need.ingress && !need.egress && !choices.evenIfAllowed) {
    return emptyResult(
      'already-allowed',
      `${describeSource(intent.from)} → ${describeDestination(intent.to)} on ${describePort(intent)} is already allowed; nothing to generate.`,
    );
  }
  // Forced (to pin a flow down before a deny-all): the destination's ingress policy is
  // written anyway; an egress policy only where egress really denies the flow.
  if (choices.evenIfAllowed) need.ingress ||= intent.to.kind === 'pod';
  const facts: PlanFacts = { dnsOffered: false, dnsIncluded: false };
  const plan = planEdits(input, intent, choices, need, notes, facts);
  const { model: after, compiled } = applyEdits(input, plan);
  const judgedAfter = judged === input ? after : applyEdits(judged, plan).model;
  const intended = (from: string, to: string) =>
    intent.to.kind === 'pod' &&
    to === intent.to.id &&
    sources.some((s) => s.kind === 'pod' && s.id === from);
  const impact = computeImpact(input.model, after, touchedPods(input.cluster, compiled), intended);
  const stillDenied = sources.filter((from) =>
    destinations.some((to) => !flowAllowed(judgedAfter, from, to, intent)),
  );
  if (stillDenied.length > 0)
    notes.push(`still denied after the change for ${stillDenied.map(endpointLabel).join(', ')}`);
  const policies = plan.map((edit) => edit.policy);
  const status: GenerateStatus = stillDenied.length > 0 ? 'incomplete' : 'generated';
  return {
    status,
    edits: plan,
    policies,
    yaml: serializeObjects(policies),
    impact: impact.changes,
    newlyIsolated: impact.newlyIsolated,
    impactTruncated: impact.truncated,
    summary: summarize(intent, plan, impact, notes),
    notes,
    ...facts,
  };
}

function emptyResult(status: GenerateStatus, summary: string): GenerateResult {
  return {
    status,
    edits: [],
    policies: [],
    yaml: '',
    impact: [],
    newlyIsolated: [],
    impactTruncated: false,
    summary,
    notes: [],
    dnsOffered: false,
    dnsIncluded: false,
  };
}

/** Problems that make an intent impossible to express, as a sentence; undefined when fine. */
function checkIntent(
  cluster: Cluster,
  intent: AllowIntent,
  choices: GenerateChoices,
): string | undefined {
  const pod = (id: string) => cluster.pods.find((p) => p.id === id);
  if (intent.from.kind === 'pod' && !pod(intent.from.id))
    return `unknown source pod ${intent.from.id}`;
  if (intent.from.kind === 'namespace') {
    const name = intent.from.name;
    if (!cluster.namespaces.some((n) => n.name === name)) return `unknown namespace ${name}`;
  }
  if (choices.namespaceLabels !== undefined && Object.keys(choices.namespaceLabels).length === 0)
    return 'a namespace source needs at least one namespace label (every namespace is not an intent)';
  for (const end of [intent.from, intent.to]) {
    if (end.kind !== 'cidr') continue;
    for (const cidr of [end.cidr, ...(end.except ?? [])])
      if (cidrEnds(cidr).length === 0) return `invalid CIDR ${cidr}`;
  }
  if (intent.to.kind !== 'pod' && intent.from.kind !== 'pod')
    return 'an address destination needs a pod source';
  if (intent.to.kind === 'pod') {
    const destination = pod(intent.to.id);
    if (!destination) return `unknown destination pod ${intent.to.id}`;
    if (
      typeof intent.port === 'string' &&
      resolveNamedPort(destination.ports, intent.port, intent.protocol) === undefined
    ) {
      return `${destination.id} has no ${intent.protocol} container port named "${intent.port}"`;
    }
  } else if (typeof intent.port === 'string') {
    return `a named port ("${intent.port}") can only be resolved on a destination pod`;
  }
  return undefined;
}

/** Which sides deny the flow today (egress only for a pod source). */
function neededSides(
  model: PolicyModel,
  intent: AllowIntent,
  sources: readonly FlowEndpoint[],
  destinations: readonly FlowEndpoint[],
  notes: string[],
): { ingress: boolean; egress: boolean } {
  let ingress = false;
  let egress = false;
  const port = intent.port ?? 1;
  for (const from of sources) {
    for (const to of destinations) {
      const verdict = evaluateFlow(model, { from, to, port, protocol: intent.protocol });
      if (intent.port === undefined) {
        // "All ports": a side needs a rule when it is isolated and the pair is not open on every port.
        if (!allPortsAllowed(model, from, to)) {
          ingress ||= verdict.ingress.isolated;
          egress ||= verdict.egress.isolated;
        }
        continue;
      }
      ingress ||= !verdict.ingress.allowed;
      egress ||= !verdict.egress.allowed;
    }
  }
  if (intent.from.kind === 'namespace' && egress) {
    notes.push(
      `some pods of ${describeSource(intent.from)} are egress-isolated; their egress policies are not changed`,
    );
  }
  // Only a pod source gets an egress policy; an IP is never isolated, and a CIDR that covers
  // pod IPs stands for addresses, not for those pods.
  if (intent.from.kind !== 'pod') egress = false;
  if (intent.to.kind !== 'pod') ingress = false;
  return { ingress, egress };
}

/**
 * Is the intent satisfied for one pair? For a namespace source only the destination's
 * ingress is promised: the namespace's pods keep their own egress policies.
 */
function flowAllowed(
  model: PolicyModel,
  from: FlowEndpoint,
  to: FlowEndpoint,
  intent: AllowIntent,
): boolean {
  if (intent.from.kind === 'namespace') {
    return evaluateFlow(model, { from, to, port: intent.port ?? 1, protocol: intent.protocol })
      .ingress.allowed === true;
  }
  if (intent.port === undefined) return allPortsAllowed(model, from, to);
  return evaluateFlow(model, { from, to, port: intent.port, protocol: intent.protocol }).allowed === true;
}

function allPortsAllowed(model: PolicyModel, from: FlowEndpoint, to: FlowEndpoint): boolean {
  return allowedPorts(model, from, to).kind === 'all';
}

function endpointLabel(endpoint: FlowEndpoint): string {
  return endpoint.kind === 'pod' ? endpoint.id : endpoint.ip;
}
