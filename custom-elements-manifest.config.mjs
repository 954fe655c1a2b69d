// `cem analyze` (npm run manifest) writes ./custom-elements.json from the elements' JSDoc.
// The manifest is generated, git-ignored, published with the package and read by Storybook.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the manifest itself; cem must not rewrite it
  quiet: true,
};
