// `cem analyze` (npm run manifest) writes ./custom-elements.json from the elements' JSDoc.
// The manifest is generated, git-ignored, published with the package and read by Storybook,
// and is the source of docs/elements.md, the framework typings and the editors' data.
// Every public element gets the global tokens of src/styles/tokens.ts. Classes marked `@internal` (the flow's inner views, controllers) are left out; so is the
// command line, a Node program with no elements.
import { globalTokensOnElements } from './scripts/cem-global-tokens.mjs';
import { namedEventsOnly } from './scripts/cem-named-events.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/cli/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the manifest itself; cem must not rewrite it
  quiet: true,
  plugins: [namedEventsOnly(), globalTokensOnElements()],
};
