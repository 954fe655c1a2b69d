// The library build: `npm run build` (then tsc writes dist/types and cem the manifest).
// Everything lives under `build`: Storybook's vite builder reads only `build.target` from
// this file, so the library settings below cannot leak into the Storybook bundle.
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/vite-minify-templates.js';

/** One entry per element: src/elements/<name>/<name>.ts → dist/elements/<name>.js. */
function elementEntries(): Record<string, string> {
  const root = 'src/elements';
  if (!existsSync(root)) return {};
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    const file = `${root}/${folder.name}/${folder.name}.ts`;
    if (folder.isDirectory() && existsSync(file)) entries[`elements/${folder.name}`] = file;
  }
  return entries;
}

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false, // public/ holds msw's worker for tests and stories; integrators run `msw init`
    lib: {
      entry: {
        'circle-booking': 'src/index.ts', // registers every element; one script tag is enough
        api: 'src/api/index.ts',
        links: 'src/links/index.ts',
        mocks: 'src/mocks/index.ts',
        'mocks-server': 'src/mocks/server.ts', // Node only: the simulator over real HTTP
        embed: 'src/embed/index.ts', // popups and the floating button, wired for the whole page
        ...elementEntries(),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      // Bundle everything (lit, zod, floating-ui) except msw: the mocks entry imports it and
      // integrators bring their own, in step with their own service worker file. Node's own
      // modules stay imports too: only the Node-only mocks-server entry uses them, and a
      // bundled browser shim of node:http would fail at run time instead of at import.
      external: [/^msw(\/|$)/, /^node:/],
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true, // lib mode's build.minify keeps whitespace in ES output
      },
    },
  },
});
