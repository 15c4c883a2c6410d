import { defineConfig } from 'tsup';

const ESM_ONLY = [/^@noble\//, /^unified/, /^remark-/, /^mdast-/, /^micromark/, /^csv-stringify/, /^vfile/, /^unist-/];

export default defineConfig([
  {
    // The core: no Node built-ins, so it also runs in a browser bundle.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // ESM-only dependencies are bundled, so require('fengong') works without require(esm)
    // and both formats run the same code.
    noExternal: ESM_ONLY,
  },
  {
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ESM_ONLY,
  },
]);
