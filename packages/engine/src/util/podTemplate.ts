/**
 * Where each pod-owning kind keeps its pod template (`metadata` + `spec`). One table, read
 * by `cluster` (to make pods) and `validate` (to check the template), so a kind added here
 * is both validated and drawn.
 */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
