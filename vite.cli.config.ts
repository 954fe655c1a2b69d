// The package's command line, `npx circle-booking …` (see package.json "bin"): dist/cli.js, one
// Node-only file, built after the library (`npm run build`) into the same folder. A build of
// its own, so no browser bundle can share a chunk with it: the library build never sees
// src/cli/, and this one bundles the contract's schemas (zod/mini) and the link parser into
// the file instead of importing the browser chunks. Not minified: integrators may read it.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: false,
    lib: { entry: { cli: 'src/cli/main.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: [/^node:/],
      checks: { bundlerTimings: false },
      output: { banner: '#!/usr/bin/env node', codeSplitting: false },
    },
  },
});
