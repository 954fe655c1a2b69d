/**
 * A build plugin that minifies what the JS minifier leaves alone: the CSS inside Lit's `css`
 * tagged templates (through lightningcss, which vite already uses) and the indentation inside
 * `html` and `svg` templates. Together they are about a sixth of the elements' minified code.
 *
 * HTML is only collapsed, never removed: every run of white space becomes one space, which is
 * what the browser renders anyway (no template holds static text in `<pre>`, a `<textarea>` or
 * under `white-space: pre*`). A space between two inline elements therefore survives. `${…}`
 * expressions, and the values they give at run time, are untouched.
 */
import { transform as transformCss } from 'lightningcss';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { raw: string; cooked: string | null };
}

export function minifyTemplates(): Plugin {
  return {
    name: 'circle:minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|css|svg)`/.test(code)) return null;
      const program = this.parse(code, { lang: 'ts' }) as unknown as Node;
      const edits: { start: number; end: number; text: string }[] = [];
      walk(program, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier') return;
        const quasis = (node.quasi as Node & { quasis: TemplateElement[] }).quasis;
        if (tag.name === 'css') {
          if (quasis.length !== 1) this.error(`${id}: a css\`\` template with \${…} is not minified; use a custom property instead.`);
          const [only] = quasis as [TemplateElement];
          edits.push({ ...rawSpan(code, only), text: minifyCss(only.value.cooked ?? only.value.raw, id) });
        } else if (tag.name === 'html' || tag.name === 'svg') {
          for (const quasi of quasis) edits.push({ ...rawSpan(code, quasi), text: quasi.value.raw.replace(/\s+/g, ' ') });
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/** Where a template part's raw text is: its node also spans the delimiters around it (`` ` ``, `${`, `}`). */
function rawSpan(code: string, quasi: TemplateElement): { start: number; end: number } {
  const start = quasi.start + 1;
  const end = start + quasi.value.raw.length;
  if (code.slice(start, end) !== quasi.value.raw) throw new Error(`minify-templates: cannot find a template's text at ${quasi.start}`);
  return { start, end };
}

function minifyCss(source: string, id: string): string {
  const { code } = transformCss({ filename: id, code: Buffer.from(source), minify: true });
  // Back into a template literal: escape what would end it or start an expression.
  return code.toString().replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}
