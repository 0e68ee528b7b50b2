#!/usr/bin/env node
// Builds the CLI into one self-contained file, dist/netpol.mjs (the engine and its YAML
// readers bundled in), so the packed package runs with plain `node`, starts fast (no tsx,
// no second process) and has no workspace dependency. `pnpm build` runs it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('./src/main.ts')],
  outfile: here('./dist/netpol.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // The `yaml` library is CommonJS and requires Node built-ins: give the bundle a `require`.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __netpolRequire } from 'node:module';\nconst require = __netpolRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
