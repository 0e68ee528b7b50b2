import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_META, SECURITY_HEADERS } from './contentSecurityPolicy';

/**
 * Writes the CSP meta tag into the built page only: the dev server injects inline scripts
 * (React Refresh) that the policy would rightly block.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'netpol-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag()],
  // The repository's root public/ holds the examples, schema and icons.
  publicDir: '../../public',
  // Relative asset URLs let the built app be served from any path. It must be served
  // (`npm start` or any static server): module scripts and workers do not load from file://.
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
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
