/**
 * A reachability diff as people read it in a pull request: changes grouped by the source's
 * namespace, then by source workload (a workload is one pod, named after it), as plain
 * text or Markdown.
 */
import type { PairChange, ReachabilityDiff } from '@netpol/engine';

interface Group {
  readonly namespace: string;
  readonly sources: ReadonlyMap<string, readonly PairChange[]>;
}

/** Changes by source namespace, then source name, in order of appearance (already sorted). */
function groupChanges(changes: readonly PairChange[]): Group[] {
  const byNamespace = new Map<string, Map<string, PairChange[]>>();
  for (const change of changes) {
    const slash = change.from.indexOf('/');
    const namespace = change.from.slice(0, slash);
    const name = change.from.slice(slash + 1);
    let sources = byNamespace.get(namespace);
    if (!sources) byNamespace.set(namespace, (sources = new Map()));
    let list = sources.get(name);
    if (!list) sources.set(name, (list = []));
    list.push(change);
  }
  return [...byNamespace].map(([namespace, sources]) => ({ namespace, sources }));
}

function summary(diff: ReachabilityDiff): string {
  const parts = [
    `${diff.gained.length} pair(s) gained`,
    `${diff.lost.length} pair(s) lost`,
    `${diff.unchanged} unchanged`,
  ];
  if (diff.addedPods.length > 0) parts.push(`${diff.addedPods.length} pod(s) added`);
  if (diff.removedPods.length > 0) parts.push(`${diff.removedPods.length} pod(s) removed`);
  return parts.join(', ');
}

export function formatDiffText(diff: ReachabilityDiff): string {
  const lines: string[] = [];
  const section = (title: string, sign: string, changes: readonly PairChange[]) => {
    if (changes.length === 0) return;
    lines.push(`${title}:`);
    for (const { namespace, sources } of groupChanges(changes)) {
      lines.push(`  namespace ${namespace}`);
      for (const [name, list] of sources) {
        lines.push(`    ${name}`);
        for (const c of list) lines.push(`      ${sign} → ${c.to}  ${c.ports.join(', ')}`);
      }
    }
  };
  section('Gained (allowed now, denied before)', '+', diff.gained);
  section('Lost (denied now, allowed before)', '-', diff.lost);
  if (diff.addedPods.length > 0) lines.push(`Added pods: ${diff.addedPods.join(', ')}`);
  if (diff.removedPods.length > 0) lines.push(`Removed pods: ${diff.removedPods.join(', ')}`);
  lines.push(summary(diff));
  return lines.join('\n') + '\n';
}

/** Backticks in names cannot occur (Kubernetes names), but ports and ids are quoted as code. */
function code(text: string): string {
  return `\`${text}\``;
}

export function formatDiffMarkdown(diff: ReachabilityDiff): string {
  const lines: string[] = [
    '### NetworkPolicy reachability changes',
    '',
    `**${summary(diff)}**`,
    '',
  ];
  const section = (title: string, changes: readonly PairChange[]) => {
    if (changes.length === 0) return;
    lines.push(`#### ${title}`, '');
    for (const { namespace, sources } of groupChanges(changes)) {
      lines.push(
        `**namespace ${code(namespace)}**`,
        '',
        '| from | to | ports |',
        '| --- | --- | --- |',
      );
      for (const [name, list] of sources) {
        list.forEach((c, i) =>
          lines.push(
            `| ${i === 0 ? code(name) : ''} | ${code(c.to)} | ${c.ports.map(code).join(' ')} |`,
          ),
        );
      }
      lines.push('');
    }
  };
  section('Gained (allowed now, denied before)', diff.gained);
  section('Lost (denied now, allowed before)', diff.lost);
  if (diff.addedPods.length > 0)
    lines.push(`Added pods: ${diff.addedPods.map(code).join(', ')}`, '');
  if (diff.removedPods.length > 0)
    lines.push(`Removed pods: ${diff.removedPods.map(code).join(', ')}`, '');
  if (diff.gained.length + diff.lost.length === 0) lines.push('No flow changed.', '');
  return lines.join('\n');
}
