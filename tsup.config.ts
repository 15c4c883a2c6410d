import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The core: no Node built-ins, so it also runs in a browser bundle.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // ESM-only dependency: bundled so that require('fengong') works without require(esm).
    noExternal: ['@noble/hashes'],
  },
  {
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['@noble/hashes'],
  },
]);
