/**
 * A reachability diff as people read it in a pull request: changes grouped by the source's
 * namespace, then by source workload (a workload is one pod, named after it), as plain
 * text, Markdown, or the JSON contract. Pairs are streamed from the engine's compact diff
 * and written as they come: a big diff may change millions of pairs.
 */
import { diffCounts, pairChanges } from '@netpol/engine';
import type { CompactDiff, DiffCounts, UncertainChange } from '@netpol/engine';

type Write = (text: string) => void;

/** Buffers small writes into large ones (one `write` per ~64 KB). */
function buffered(write: Write): { add: Write; flush: () => void } {
  let chunks: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunks.length > 0) write(chunks.join(''));
    chunks = [];
    size = 0;
  };
  return {
    add: (text) => {
      chunks.push(text);
      size += text.length;
      if (size > 65_536) flush();
    },
    flush,
  };
}

function split(id: string): { namespace: string; name: string } {
  const slash = id.indexOf('/');
  return { namespace: id.slice(0, slash), name: id.slice(slash + 1) };
}

function summary(diff: CompactDiff, counts: DiffCounts): string {
  const parts = [
    `${counts.gained} pair(s) gained`,
    `${counts.lost} pair(s) lost`,
    `${counts.unchanged} unchanged`,
  ];
  if (diff.addedPods.length > 0) parts.push(`${diff.addedPods.length} pod(s) added`);
  if (diff.removedPods.length > 0) parts.push(`${diff.removedPods.length} pod(s) removed`);
  if (diff.uncertain.length > 0)
    parts.push(`${diff.uncertain.length} pair(s) became or stopped being unknown or ambiguous`);
  return parts.join(', ');
}

/** Calls `header` when the source namespace or source name changes (pairs come sorted by source). */
function grouped<Change extends { readonly from: string }>(
  changes: Iterable<Change>,
  onNamespace: (namespace: string) => void,
  onSource: (name: string) => void,
  onPair: (change: Change, firstOfSource: boolean) => void,
): void {
  let namespace: string | undefined;
  let source: string | undefined;
  for (const change of changes) {
    const from = split(change.from);
    if (from.namespace !== namespace) {
      namespace = from.namespace;
      source = undefined;
      onNamespace(namespace);
    }
    const first = change.from !== source;
    if (first) {
      source = change.from;
      onSource(from.name);
    }
    onPair(change, first);
  }
}

export function writeDiffText(diff: CompactDiff, write: Write): void {
  const out = buffered(write);
  const counts = diffCounts(diff);
  const section = (title: string, sign: string, kind: 'gained' | 'lost') => {
    if (counts[kind] === 0) return;
    out.add(`${title}:\n`);
    grouped(
      pairChanges(diff, kind),
      (ns) => out.add(`  namespace ${ns}\n`),
      (name) => out.add(`    ${name}\n`),
      (c) => out.add(`      ${sign} → ${c.to}  ${c.ports.join(', ')}\n`),
    );
  };
  section('Gained (allowed now, denied before)', '+', 'gained');
  section('Lost (denied now, allowed before)', '-', 'lost');
  if (diff.uncertain.length > 0) {
    out.add(`${UNCERTAIN_TITLE}:\n`);
    grouped(
      diff.uncertain,
      (ns) => out.add(`  namespace ${ns}\n`),
      (name) => out.add(`    ${name}\n`),
      (c) => out.add(`      ? → ${c.to}  ${c.before} → ${c.after}\n`),
    );
  }
  if (diff.addedPods.length > 0) out.add(`Added pods: ${diff.addedPods.join(', ')}\n`);
  if (diff.removedPods.length > 0) out.add(`Removed pods: ${diff.removedPods.join(', ')}\n`);
  out.add(`${summary(diff, counts)}\n`);
  out.flush();
}

/** The uncertain pairs' heading (their ports are in gained/lost as the allowed bits say). */
const UNCERTAIN_TITLE = 'Uncertain (became or stopped being unknown or ambiguous)';

/** Pull-request comments have size limits: Markdown lists this many pairs per section. */
export const MARKDOWN_PAIRS = 200;

function code(text: string): string {
  return `\`${text}\``;
}

export function writeDiffMarkdown(diff: CompactDiff, write: Write, limit = MARKDOWN_PAIRS): void {
  const out = buffered(write);
  const counts = diffCounts(diff);
  out.add(`### NetworkPolicy reachability changes\n\n**${summary(diff, counts)}**\n\n`);
  const section = (title: string, kind: 'gained' | 'lost') => {
    if (counts[kind] === 0) return;
    out.add(`#### ${title}\n`);
    let shown = 0;
    const firstPairs = (function* () {
      for (const change of pairChanges(diff, kind)) {
        if (shown++ >= limit) return;
        yield change;
      }
    })();
    grouped(
      firstPairs,
      (ns) =>
        out.add(`\n**namespace ${code(ns)}**\n\n| from | to | ports |\n| --- | --- | --- |\n`),
      () => undefined,
      (c, first) =>
        out.add(
          `| ${first ? code(split(c.from).name) : ''} | ${code(c.to)} | ${c.ports.map(code).join(' ')} |\n`,
        ),
    );
    if (counts[kind] > limit)
      out.add(`\n… and ${counts[kind] - limit} more pair(s) (see \`netpol diff --json\`)\n`);
    out.add('\n');
  };
  section('Gained (allowed now, denied before)', 'gained');
  section('Lost (denied now, allowed before)', 'lost');
  if (diff.uncertain.length > 0) {
    out.add(`#### ${UNCERTAIN_TITLE}\n`);
    grouped(
      diff.uncertain.slice(0, limit),
      (ns) =>
        out.add(
          `\n**namespace ${code(ns)}**\n\n| from | to | before | after |\n| --- | --- | --- | --- |\n`,
        ),
      () => undefined,
      (c: UncertainChange, first) =>
        out.add(
          `| ${first ? code(split(c.from).name) : ''} | ${code(c.to)} | ${c.before} | ${c.after} |\n`,
        ),
    );
    if (diff.uncertain.length > limit)
      out.add(
        `\n… and ${diff.uncertain.length - limit} more pair(s) (see \`netpol diff --json\`)\n`,
      );
    out.add('\n');
  }
  if (diff.addedPods.length > 0) out.add(`Added pods: ${diff.addedPods.map(code).join(', ')}\n\n`);
  if (diff.removedPods.length > 0)
    out.add(`Removed pods: ${diff.removedPods.map(code).join(', ')}\n\n`);
  if (counts.gained + counts.lost + diff.uncertain.length === 0) out.add('No flow changed.\n');
  out.flush();
}

/**
 * The `--json` contract, one pair per line: `{"gained":[...],"lost":[...],
 * "uncertain":[{"from","to","before","after"}] (when any),"addedPods","removedPods","unchanged"}`.
 */
export function writeDiffJson(diff: CompactDiff, write: Write): void {
  const out = buffered(write);
  const list = (kind: 'gained' | 'lost') => {
    let first = true;
    out.add(`  "${kind}": [`);
    for (const change of pairChanges(diff, kind)) {
      out.add(`${first ? '\n' : ',\n'}    ${JSON.stringify(change)}`);
      first = false;
    }
    out.add(first ? '],\n' : '\n  ],\n');
  };
  out.add('{\n');
  list('gained');
  list('lost');
  // Like `matrix --json`: present only when some pair is (or was) unknown or ambiguous.
  if (diff.uncertain.length > 0) {
    out.add('  "uncertain": [');
    out.add(diff.uncertain.map((c) => `\n    ${JSON.stringify(c)}`).join(','));
    out.add('\n  ],\n');
  }
  out.add(`  "addedPods": ${JSON.stringify(diff.addedPods)},\n`);
  out.add(`  "removedPods": ${JSON.stringify(diff.removedPods)},\n`);
  out.add(`  "unchanged": ${diffCounts(diff).unchanged}\n}\n`);
  out.flush();
}
