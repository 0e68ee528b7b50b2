/**
 * One-time Monaco set-up, imported only by the lazily loaded editor chunk: local workers
 * (never a CDN) and monaco-yaml with the bundled Kubernetes schema.
 */
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import { WORKSPACE_MODEL_URI, k8sSchema } from './k8sSchema';

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  schemas: [
    {
      uri: 'inmemory://netpol-canvas/kubernetes.schema.json',
      fileMatch: [WORKSPACE_MODEL_URI, '**/netpol-workspace.yaml'],
      schema: k8sSchema as never,
    },
  ],
});

export { monaco };
