/**
 * A `cem analyze` plugin: gives every public element the global tokens (`--circle-color-*`,
 * `--circle-radius`…) as CSS custom properties in custom-elements.json, from the one list in
 * src/styles/tokens.ts (`@cssprop` lines of its first comment). Every element reads them, and
 * an editor, Storybook or docs/elements.md shows them with the element, without seven copies
 * of the list in seven JSDoc comments.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tokensFile = fileURLToPath(new URL('../src/styles/tokens.ts', import.meta.url));

/** `@cssprop --name - description` lines of tokens.ts → { name, description }. */
export function globalTokens(text = readFileSync(tokensFile, 'utf8')) {
  return [...text.matchAll(/^ \* @cssprop (--circle-[a-z0-9-]+) - (.+)$/gm)].map(([, name, description]) => ({ name, description }));
}

export function globalTokensOnElements() {
  return {
    name: 'circle:global-tokens-on-elements',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = globalTokens();
      for (const module of customElementsManifest.modules) {
        if (!module.path.startsWith('src/elements/')) continue;
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((token) => !own.has(token.name)).map((token) => ({ ...token }))];
        }
      }
    },
  };
}
