/** The one-paragraph account of a generation, for the allow dialog and the CLI. */
import type { Impact } from './impact';
import type { AllowIntent } from './intent';
import { describeDestination, describePort, describeSource } from './intent';
import type { PolicyEdit } from './plan';

export function summarize(
  intent: AllowIntent,
  edits: readonly PolicyEdit[],
  impact: Impact,
  notes: readonly string[],
): string {
  const lines: string[] = [];
  const what = edits.map((edit) => {
    const id = `${edit.policy.metadata.namespace}/${edit.policy.metadata.name}`;
    return edit.kind === 'create'
      ? `adds ${edit.direction} policy ${id}`
      : `adds an ${edit.direction} rule to ${id}`;
  });
  lines.push(
    `Allows ${describeSource(intent.from)} → ${describeDestination(intent.to)} on ${describePort(intent)}: ${what.join(' and ')}.`,
  );
  for (const { podId, direction } of impact.newlyIsolated) {
    lines.push(
      direction === 'ingress'
        ? `This also isolates ${podId} for ingress: only the allowed peers can reach it now, traffic from outside the cluster included.`
        : `This also isolates ${podId} for egress: it can reach only the allowed destinations now.`,
    );
  }
  const others = impact.changes.filter((c) => !c.intended);
  const denied = others.filter((c) => c.change === 'denied').length;
  const allowed = others.filter((c) => c.change === 'allowed').length;
  const narrowed = others.filter((c) => c.change === 'ports').length;
  if (denied > 0)
    lines.push(
      `${plural(denied, 'other flow')} between known pods become${denied === 1 ? 's' : ''} denied.`,
    );
  if (allowed > 0)
    lines.push(
      `${plural(allowed, 'other flow')} become${allowed === 1 ? 's' : ''} allowed as well.`,
    );
  if (narrowed > 0)
    lines.push(
      `${plural(narrowed, 'other flow')} change${narrowed === 1 ? 's' : ''} allowed ports.`,
    );
  if (impact.truncated) lines.push('Only part of the impact was computed: the cluster is large.');
  for (const note of notes) lines.push(`Note: ${note}.`);
  return lines.join(' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
