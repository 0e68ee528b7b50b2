// The monaco-yaml language worker, bundled locally (loaded with Vite's `?worker`).
import 'monaco-yaml/yaml.worker.js';
