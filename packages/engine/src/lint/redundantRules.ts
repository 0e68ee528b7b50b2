/**
 * NPL007 (a rule another rule of the policy already covers) and NPL010 (`- {}`: a rule that
 * allows every peer on every port and so makes the direction's other rules moot).
 *
 * Covering is decided structurally, so it never guesses: rule A is covered by rule B when
 * every peer of A is a peer of B (or B has no peers) and every port of A is within B's
 * ports (or B has none). Rules covered by a `- {}` are left to NPL010.
 */
import { intersectPortSets, portRanges, portSetOf } from '../evaluate';
import type { CompiledPeer, CompiledPort, CompiledRule } from '../model';
import type { LintContext } from './context';
import { finding, firstLine, rulePath } from './context';
import type { LintFinding } from './types';

function allowsEverything(rule: CompiledRule): boolean {
  return rule.peers.kind === 'all' && rule.ports.kind === 'all';
}

export function lintAllowAll(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    for (const rules of [policy.compiled.ingress, policy.compiled.egress]) {
      if (rules.length < 2) continue;
      for (const rule of rules) {
        if (!allowsEverything(rule)) continue;
        findings.push(
          finding(
            policy,
            'NPL010',
            rulePath(rule.direction, rule.index),
            `this ${rule.direction} rule allows every peer on every port, so the other ${rules.length - 1} ${rule.direction} rule(s) of the policy change nothing`,
            undefined,
            firstLine(policy, rulePath(rule.direction, rule.index)),
          ),
        );
      }
    }
  }
  return findings;
}

export function lintCoveredRules(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    for (const rules of [policy.compiled.ingress, policy.compiled.egress]) {
      if (rules.some(allowsEverything)) continue;
      for (const rule of rules) {
        // Of two identical rules only the later one is reported.
        const cover = rules.find(
          (other) =>
            other !== rule &&
            covers(other, rule) &&
            (!covers(rule, other) || other.index < rule.index),
        );
        if (!cover) continue;
        const path = rulePath(rule.direction, rule.index);
        findings.push(
          finding(
            policy,
            'NPL007',
            path,
            `${path} allows nothing that ${rulePath(cover.direction, cover.index)} does not already allow`,
            undefined,
            firstLine(policy, path),
          ),
        );
      }
    }
  }
  return findings;
}

/** Does rule `b` allow everything rule `a` allows? */
function covers(b: CompiledRule, a: CompiledRule): boolean {
  const peersCovered =
    b.peers.kind === 'all' ||
    (a.peers.kind === 'some' &&
      a.peers.peers.every((peer) =>
        (b.peers.kind === 'some' ? b.peers.peers : []).some((other) => samePeer(peer, other)),
      ));
  if (!peersCovered) return false;
  if (b.ports.kind === 'all') return true;
  if (a.ports.kind === 'all') return false;
  const bPorts = b.ports.ports;
  return a.ports.ports.every((port) => portCovered(port, bPorts));
}

function samePeer(a: CompiledPeer, b: CompiledPeer): boolean {
  const { index: _a, origin: _ao, ...restA } = a;
  const { index: _b, origin: _bo, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

function portCovered(port: CompiledPort, within: readonly CompiledPort[]): boolean {
  if (port.kind === 'none') return true;
  if (port.kind === 'named')
    return within.some(
      (p) =>
        (p.kind === 'named' && p.name === port.name && p.protocol === port.protocol) ||
        (p.kind === 'protocol' && p.protocol === port.protocol),
    );
  const own = portSetOf(portRanges(port, undefined));
  const theirs = portSetOf(within.flatMap((p) => portRanges(p, undefined)));
  const common = intersectPortSets(own, theirs);
  return JSON.stringify(common) === JSON.stringify(own);
}
