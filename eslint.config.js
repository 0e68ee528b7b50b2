// One flat config for the whole workspace. The engine-purity block is the one that matters
// most: @netpol/engine must stay free of DOM, React and Node so it runs anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'readline', 'stream', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'test-results/**',
      'playwright-report/**',
      'fixtures/**',
      'packages/engine/test/fixtures/**',
      'public/**',
      '.tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'apps/cli/**', 'e2e/**', 'scripts/**', '*.config.ts', 'packages/engine/bench/**', 'packages/engine/test/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // e2e drives the app like a person; when it needs the engine it takes the public API,
    // so a refactor inside the engine cannot break a spec.
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/engine/src', '**/packages/engine/src/**'],
              message: "e2e imports the engine as '@netpol/engine', never its src/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Engine purity: no DOM, React, UI libraries or Node built-ins in the engine's source.
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['packages/engine/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: '@netpol/engine must not import Node built-ins; take data as arguments instead.',
          })),
          patterns: [
            {
              group: ['node:*'],
              message: '@netpol/engine must not import Node built-ins; take data as arguments instead.',
            },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'monaco-editor', 'monaco-*', '@monaco-editor/*'],
              message: '@netpol/engine is UI-free: React, stores and editors belong in apps/web.',
            },
            {
              group: ['@netpol/web', '@netpol/cli', '**/apps/**'],
              message: 'Dependencies point one way: apps import the engine, never the reverse.',
            },
            {
              // A step's index.ts names what it offers the others; reaching past it into a
              // sibling's file couples the steps to each other's insides.
              group: ['../*/*', '../../*/*'],
              message: "Import another engine step through its index ('../model'), not one of its files.",
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The engine has no DOM.' },
        { name: 'document', message: 'The engine has no DOM.' },
        { name: 'process', message: 'The engine has no Node globals.' },
        { name: 'require', message: 'The engine has no Node globals.' },
        { name: 'console', message: 'The engine returns diagnostics; it does not print.' },
      ],
    },
  },
);
