// The library build: `npm run build` (then tsc writes dist/types and cem the manifest).
// Everything lives under `build`: Storybook's vite builder reads only `build.target` from
// this file, so the library settings below cannot leak into the Storybook bundle.
//
// Two passes. The first builds the package's exports for bundlers (dist/index.js, the per-element
// entries, ./api, ./embed…), which share their code through chunks/ and import lit,
// @lit/localize and zod by their bare names, so that an app's bundler keeps one copy of each
// however many packages use them (Shoelace's dist/ beside its cdn/). The second, started when the first
// has written its files, builds the script-tag files: dist/circle-booking.js (every element) and
// dist/circle-<element>.js (one each). Each is one self-contained file (only the other languages,
// the week/list layouts and such stay chunks, fetched where a page asks for them), because every
// file a browser fetches is compressed on its own: 17 small ones cost about 3 kB more than one.
import { existsSync, readdirSync } from 'node:fs';
import { build, defineConfig, type BuildOptions, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { minify } from 'terser';
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

/**
 * What the package leaves to the app's bundler in its entries for bundlers: its dependencies,
 * imported by their bare names. The script-tag files bundle them.
 */
export const bundlerExternals = [/^lit(\/|$)/, /^@lit\/localize\//, /^zod(\/|$)/]; // `@lit/localize` itself: localizeStrOnly

/**
 * The generated catalogs (src/locales/*.ts) import `str` from @lit/localize's package entry,
 * which also loads its one-locale-per-page runtime mode (see `treeshake` below). Where
 * @lit/localize stays an import, they import `str` from its own module instead, so an app's
 * bundler is not left to guess whether that runtime may be dropped.
 */
function localizeStrOnly(): Plugin {
  let library = false;
  return {
    name: 'circle:localize-str-only',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      // Only the library build: Storybook's builder loads this file's plugins too, and bundles
      // @lit/localize, so an external import there would be a bare specifier the browser refuses.
      library = !!config.build.lib;
    },
    resolveId(source, importer) {
      if (library && source === '@lit/localize' && importer && /[\\/]src[\\/]locales[\\/]/.test(importer)) {
        return { id: '@lit/localize/internal/str-tag.js', external: true };
      }
      return null;
    },
  };
}

/** What both passes share; each adds its entries, what it leaves to the app, and how it splits. */
function libraryBuild(entry: Record<string, string>, emptyOutDir: boolean, output: Rolldown.OutputOptions, externals: RegExp[] = []): BuildOptions {
  return {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir,
    // Terser over rolldown's own minifier: about 1.5 % smaller after brotli, for a build twice as long.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 3 } },
    copyPublicDir: false, // public/ holds msw's worker for tests and stories; integrators run `msw init`
    lib: { entry, formats: ['es'], fileName: (_format, entryName) => `${entryName}.js` },
    rolldownOptions: {
      // Never bundled: msw (the mocks entry imports it and integrators bring their own, in
      // step with their own service worker file) and Node's own modules (only the Node-only
      // mocks-server entry uses them, and a bundled browser shim of node:http would fail at run
      // time instead of at import). The first pass adds `bundlerExternals`.
      external: [/^msw(\/|$)/, /^node:/, ...externals],
      preserveEntrySignatures: 'allow-extension',
      // Terser is most of each build's time by choice; rolldown would warn so on every `npm start`.
      checks: { bundlerTimings: false },
      // The generated catalogs (src/locales/*.ts) import `str` from @lit/localize's package
      // entry, which also loads its one-locale-per-page runtime mode, whose module creates a
      // resolved promise at load time. Our `msg` is our own (src/i18n/localization.ts) and
      // nothing calls configureLocalization, so that module is dropped unless something uses it.
      //
      // zod's schema builders (`z.object(…)`, `z.string().check(…)`) only build objects, but
      // a bundler can't know that and keeps every schema in src/api/schemas.ts once any is used;
      // marked pure, an element ships only the schemas of the endpoints it calls.
      treeshake: {
        manualPureFunctions: ['z'],
        moduleSideEffects: [{ test: /@lit[\\/]localize[\\/]init[\\/]runtime\.js$/, sideEffects: false }],
      },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        ...output,
      },
    },
  };
}

/**
 * The second pass's splitting: every module a bundle imports statically (`$initial`) goes
 * into its one file, even one that a lazy chunk uses too; left alone, rolldown would put such
 * modules (the error wording, @lit/localize's `str`) in chunks the bundle must fetch at once.
 * What only a dynamic import reaches (other languages, the week/list layouts, the .ics writer,
 * the share menu's API loader) stays a chunk of its own.
 */
function oneFile(name: string): Rolldown.CodeSplittingOptions {
  return { groups: [{ name, tags: ['$initial'] }] };
}

/**
 * The second pass: the one-file bundles, built once the first pass has written its files, into
 * the same folder with the same minifying and source maps (`--outDir`, `--sourcemap`):
 * dist/circle-booking.js with every element, and dist/circle-<element>.js with one, for a page
 * that shows only that element from a script tag. Each is its own build, because a build with
 * several entries shares their common code through chunks, which is what these files avoid.
 */
function oneScriptBundles(): Plugin {
  let resolved: ResolvedConfig | undefined;
  return {
    name: 'circle:one-script-bundles',
    apply: 'build',
    configResolved(config) {
      // Only the library build: Storybook's builder loads this file's plugins without `build.lib`.
      resolved = config.build.lib ? config : undefined;
    },
    async closeBundle(error) {
      if (!resolved || error) return;
      const { root, logLevel, build: first } = resolved;
      // circle-embed: the popups and the floating button with the booking elements they open.
      const bundles: Record<string, string> = { 'circle-booking': 'src/index.ts', 'circle-embed': 'src/embed/index.ts' };
      for (const [name, file] of Object.entries(elementEntries())) bundles[name.replace('elements/', 'circle-')] = file;
      await Promise.all(
        Object.entries(bundles).map(([name, file]) =>
          build({
            configFile: false,
            root,
            logLevel,
            plugins: [minifyTemplates(), dropPureAnnotations()],
            build: { ...libraryBuild({ [name]: file }, false, { codeSplitting: oneFile(name) }), outDir: first.outDir, sourcemap: first.sourcemap },
          }),
        ),
      );
    },
  };
}

/**
 * The second pass's last step: drop the `/* @__PURE__ *\/` annotations that vite keeps in every
 * ES library file. They tell a bundler which calls it may tree-shake; a script-tag file is
 * loaded whole by the browser, where they are about 80 comments of dead weight (about 0.1 kB
 * of brotli). Terser prints the file again from its parse tree, so a string that happens to hold
 * the same text is left alone.
 */
function dropPureAnnotations(): Plugin {
  return {
    name: 'circle:drop-pure-annotations',
    apply: 'build',
    async generateBundle(options, bundle) {
      if (options.sourcemap) return; // reprinting would move code under an existing map
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const { code } = await minify(file.code, { module: true, compress: false, mangle: false, format: { comments: false } });
        if (code !== undefined) file.code = code;
      }
    },
  };
}

/** A module-id matcher for files under src/ or a package in node_modules. */
function modules(...paths: string[]): (id: string) => boolean {
  return (id) => paths.some((path) => id.includes(path.startsWith('node_modules/') || path.startsWith('@') ? path : `/src/${path}`));
}

/**
 * How the first pass groups shared code: a few chunks, each loaded whole by every entry that
 * needs any of it, instead of one chunk per set of entries that happen to share modules.
 * Groups are taken highest priority first, each with the modules it captures and their
 * dependencies not yet taken, so a low group never pulls in what a higher one holds.
 */
const sharedChunks: Rolldown.CodeSplittingOptions = {
  groups: [
    // Times in a clinic's zone: the booking UI and the simulator (mocks, also in Node).
    { name: 'zoned', test: modules('time/zoned.ts'), priority: 60 },
    // What every element is built on: localization, loading, tokens, registration, circle-error
    // (and Lit itself in the script-tag builds, which bundle it). No more: <circle-share-menu>
    // given its url loads this chunk and its own entry only.
    {
      name: 'core',
      test: modules(
        'node_modules/lit/index',
        'node_modules/lit/decorators',
        'node_modules/lit/directives/if-defined',
        'node_modules/lit-html/lit-html',
        'node_modules/lit-html/is-server',
        'node_modules/lit-html/directives/if-defined',
        'node_modules/lit-element',
        'node_modules/@lit/reactive-element',
        'node_modules/@lit/localize',
        '@oxc-project',
        'i18n/localization.ts',
        'i18n/locale-codes.ts',
        'styles/tokens.ts',
        'ui/define.ts',
        'controllers/locale.controller.ts',
        'controllers/localized-element.ts',
        'controllers/load.controller.ts',
        'error-event.ts',
        'ui/live-region.ts',
      ),
      priority: 50,
    },
    // The API client with its zod/mini schemas and typed errors: ./api, and every element that
    // asks the API (the share menu only once it has to). Not the route table, which only ./api
    // and the simulator use.
    {
      name: 'api',
      test: modules('node_modules/zod', 'api/client.ts', 'api/call.ts', 'api/endpoints.ts', 'api/schemas.ts', 'api/problem-codes.ts', 'api/errors.ts'),
      priority: 40,
    },
    // What to tell the patient about an error: the booking elements' status views and the share
    // menu's API loader.
    { name: 'describe-error', test: modules('ui/describe-error.ts', 'i18n/plural.ts'), priority: 35 },
    // The booking elements' common UI: status views and their loader, the day picker, the time
    // list, formatting, the "Add to calendar" link (its .ics writer stays a lazy chunk), and
    // the Lit directives they use.
    {
      name: 'booking-ui',
      test: modules(
        'node_modules/lit/directives',
        'node_modules/lit-html/directive',
        'node_modules/lit-html/async-directive',
        'controllers/api-client.controller.ts',
        'controllers/data-layer.controller.ts',
        'ui/status',
        'flow/contact.ts',
        'booking-flow/day-picker',
        'booking-flow/time-list',
        'ui/contact.ts',
        'i18n/format.ts',
        'ui/calendar-link.ts',
        'calendar/file-name.ts',
        'controllers/availability.controller.ts',
        'flow/availability-window.ts',
      ),
      priority: 30,
    },
    // The booking flow (choose a time, fill in the patient form, hold the time, confirm): book-service,
    // book-variant. The week and list layouts, and the screen of a lost time, stay chunks of their
    // own, fetched only where a page needs them, and so do the clinic's own questions and the
    // waitlist form; the patient form and the hold controller are chunks fetched after the first
    // render.
    {
      name: 'booking-flow',
      test: (id) =>
        !id.includes('calendar-alternatives') &&
        !id.includes('hold-lost') &&
        !id.includes('booking-flow/patient-form.') &&
        !id.includes('booking-flow/patient-fields') &&
        !id.includes('booking-flow/clinic-questions') &&
        !id.includes('waitlist-form') &&
        !id.includes('offered-time') &&
        modules('flow/booking-flow.ts', 'flow/tracking.ts', 'flow/prefill.ts', 'booking-flow/')(id),
      priority: 20,
    },
    // The patient form, fetched after the booking flow's first render, and what the waitlist
    // form (fetched when opened) shares with it: the fields' rules and styles. Below the flow,
    // so that it holds only what the flow's first render does not load.
    {
      name: 'patient-form',
      test: modules('booking-flow/patient-form.', 'booking-flow/patient-fields'),
      priority: 15,
    },
  ],
};

/**
 * What the first pass may leave outside the named groups: what pages fetch only when they need
 * it (another language, the week and list layouts, the hold controller and the lost-time screen, the email-typo check, the .ics writer, the share menu's API
 * loader, the positioning library, the simulator's handlers and route table, the data layer's
 * entries). Anything else of
 * src/ in a chunk of its own is a module that fell out of its group (moved, or new): the build
 * fails and names it, instead of shipping a chunk nobody chose.
 */
const lazyChunks = [
  /^(ar|de|es|fr)$/,
  /^data-layer-entry$/,
  /^calendar-alternatives$/,
  /^hold-lost$/,
  /^hold\.controller$/,
  /^holds$/,
  /^email-suggestion$/,
  /^clinic-questions$/,
  /^waitlist-form$/,
  /^waitlist$/,
  /^offered-time$/,
  /^ics$/,
  /^share-menu\.fetch$/,
  /^floating-ui$/,
  /^handlers$/,
  /^routes$/,
];

function everyModuleGrouped(groups: Rolldown.CodeSplittingOptions): Plugin {
  const named = new Set((groups.groups ?? []).map((group) => group.name));
  let library = false;
  return {
    name: 'circle:every-module-grouped',
    apply: 'build',
    configResolved(config) {
      // Only the library build: Storybook's builder loads this file's plugins and splits its own way.
      library = !!config.build.lib;
    },
    generateBundle(_options, bundle) {
      if (!library) return;
      const stray = Object.values(bundle).filter(
        (file): file is Rolldown.OutputChunk =>
          file.type === 'chunk' && !file.isEntry && !named.has(file.name) && !lazyChunks.some((lazy) => lazy.test(file.name)),
      );
      if (stray.length === 0) return;
      const modules = stray.flatMap((chunk) =>
        chunk.moduleIds.filter((id) => id.includes('/src/')).map((id) => `${chunk.fileName}: ${id.slice(id.indexOf('/src/') + 1)}`),
      );
      this.error(`Modules of src/ outside every named group (add them to one in vite.config.ts, or to lazyChunks):\n${modules.join('\n')}`);
    },
  };
}

export default defineConfig({
  plugins: [minifyTemplates(), localizeStrOnly(), oneScriptBundles(), everyModuleGrouped(sharedChunks)],
  build: libraryBuild(
    {
      // The package's main export for bundlers: every element, sharing its chunks with the
      // subpath exports, so `circle-booking` with `circle-booking/api` is one copy of each.
      index: 'src/index.ts',
      api: 'src/api/index.ts',
      links: 'src/links/index.ts',
      mocks: 'src/mocks/index.ts',
      'mocks-server': 'src/mocks/server.ts', // Node only: the simulator over real HTTP
      embed: 'src/embed/index.ts', // popups and the floating button, wired for the whole page
      testing: 'src/testing/index.ts', // page objects and shadow-root helpers for integrators' tests
      ...elementEntries(),
    },
    true,
    { codeSplitting: sharedChunks },
    bundlerExternals,
  ),
});
