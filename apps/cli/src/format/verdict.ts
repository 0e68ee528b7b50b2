/** A flow verdict as text: the answer first, then each side's reason. */
import type { DirectionVerdict, FlowEndpoint, FlowVerdict } from '@netpol/engine';

export function formatVerdict(verdict: FlowVerdict): string {
  const { flow } = verdict;
  const head = `${verdict.allowed ? 'ALLOWED' : 'DENIED'}: ${label(flow.from)} → ${label(flow.to)} on ${flow.protocol} ${flow.port}`;
  return (
    [
      head,
      side('egress ', verdict.egress),
      side('ingress', verdict.ingress),
      ...rules(verdict),
    ].join('\n') + '\n'
  );
}

function side(name: string, verdict: DirectionVerdict): string {
  return `  ${name} ${verdict.allowed ? '✓' : '✗'}  ${verdict.reason}`;
}

function rules(verdict: FlowVerdict): string[] {
  return [...verdict.egress.allowedBy, ...verdict.ingress.allowedBy].map((rule) => {
    const at = rule.range ? `${rule.policy.file}:${rule.range.startLine}` : rule.policy.file;
    return `  allowed by ${rule.policy.namespace}/${rule.policy.name} ${rule.path} (${at})`;
  });
}

function label(endpoint: FlowEndpoint): string {
  return endpoint.kind === 'pod' ? endpoint.id : endpoint.ip;
}
