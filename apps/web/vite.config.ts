import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // The repository's root public/ holds the examples, schema and icons.
  publicDir: '../../public',
  // Relative asset URLs let the built app be served from any path, or opened offline.
  base: './',
  optimizeDeps: {
    // Pre-bundled up front, or the dev server reloads the page on first load.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
