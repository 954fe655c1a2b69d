/**
 * The global tokens as docs/theming.md lists them (a test holds that page against the styles
 * and custom-elements.json), for the theme builder: name, light and dark defaults, what it sets.
 */
import theming from '../../docs/theming.md?raw';

export interface ThemeToken {
  name: string;
  light: string;
  dark: string;
  description: string;
}

/**
 * The rows of the page's "every element" table: `| `--circle-…` | light | dark | What |`, a
 * default either a value in backticks or words ("the accent": another token's value), then ''.
 */
export const themeTokens: ThemeToken[] = [...theming.matchAll(/^\| `(--circle-[a-z-]+)` \| (?:`([^`]+)`|[^|]+?) \| (?:`([^`]+)`|[^|]+?) \| ([^|]+) \|$/gm)].map(
  ([, name, light, dark, description]) => ({ name: name!, light: light ?? '', dark: dark ?? light ?? '', description: description!.trim() }),
);

/** WCAG's contrast ratio of two `#rrggbb` colours, or undefined for anything else. */
export function contrast(a: string, b: string): number | undefined {
  const luminance = (hex: string) => {
    const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
    if (!match) return undefined;
    const [r, g, b] = [0, 2, 4]
      .map((at) => parseInt(match[1]!.slice(at, at + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [x, y] = [luminance(a), luminance(b)];
  if (x === undefined || y === undefined) return undefined;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
