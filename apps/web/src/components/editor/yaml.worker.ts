// The monaco-yaml language worker, bundled locally (loaded with Vite's `?worker`).
import './yamlWorkerConsole';
import 'monaco-yaml/yaml.worker.js';
