// ESLint: typescript-eslint with type information, and Lit's template checks (eslint-plugin-lit,
// eslint-plugin-lit-a11y). Formatting is Prettier's (.prettierrc.json); `npm run lint` runs both.
import './scripts/eslint-typescript.mjs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['src/locales/', 'dist/', 'storybook-static/', 'test-results/', 'bench/results/', 'bench/.build/', 'public/', 'custom-elements.json'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // A leading underscore names what is left out on purpose: `const { key: _key, ...rest } = state`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Views take their handlers from FlowView-like interfaces whose implementations are arrow
      // functions (STYLE.md: private handlers as arrow functions); the rule sees only the interface.
      '@typescript-eslint/unbound-method': 'off',
      // An async callback that does not await still turns a throw into a rejection, which the
      // callers here rely on (check-api's session.check, fetch fakes in tests).
      '@typescript-eslint/require-await': 'off',
    },
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as a promise (for `.dom.to.equal`), and
      // node:test's `describe` and `it` return promises its runner awaits: the rule flags each one.
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's `expect(x).to.exist` and `.to.be.true` are assertions written as expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // What it would have caught: an accessibility check that is never awaited passes silently.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|isNotAccessible)$/]',
          message: 'Await the accessibility check: unawaited, it cannot fail the test.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests read JSON answers and the manifest untyped on purpose, and the .mjs scripts they
      // import have types that only TypeScript 7 infers (the linter's TypeScript 6 sees none).
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test servers answer from async handlers: a failure there fails the run, as it should.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // Fakes reject as the real APIs do: fetch with whatever its signal was aborted with.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    files: ['demo/**/*.ts'],
    rules: {
      // The demo's pages answer clicks and submits with async listeners; a failure shows in the console.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  // Plain JavaScript (configs, Node scripts) is outside tsconfig.json: no type information.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  // Last: off with every rule about layout, which is Prettier's (no-unexpected-multiline among them).
  prettier,
);
