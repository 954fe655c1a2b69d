/** axe-core with the WCAG 2.2 A and AA rules only, reporting what failed where. */
import 'axe-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as `rule: selector (summary)`; empty when axe finds nothing. */
export async function wcagViolations(root: Element): Promise<string[]> {
  const result = await window.axe.run(root, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' → ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help})`),
  );
}

/** Light or dark, as the page's `color-scheme` says (the elements follow it through light-dark()). */
export function pageColorScheme(scheme: 'light' | 'dark'): void {
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = scheme === 'dark' ? '#111417' : '';
}
