import { readFileSync } from 'node:fs';

declare const __QUIZDRILL_ROOT__: string | undefined;

/**
 * KaTeX's style sheet and fonts: beside the bundle in the package
 * (scripts/build.mjs copies them to katex/ in its folder), in node_modules from source.
 */
const KATEX_DIR = new URL(typeof __QUIZDRILL_ROOT__ === 'string' ? './katex/' : '../../node_modules/katex/dist/', import.meta.url);

/**
 * KaTeX's CSS for a page, with the fonts the page uses inlined as data
 * URIs (woff2 only: every browser that runs KaTeX reads it), so the page
 * works offline and stays as small as its math allows. A font is used when
 * a rule that names it applies to classes the page's HTML has.
 */
export function katexCss(pageHtml: string): string {
  const css = readFileSync(new URL('katex.min.css', KATEX_DIR), 'utf8');
  const classes = new Set<string>();
  for (const m of pageHtml.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) classes.add(c);
  const used = new Set<string>();
  for (const [, selectors, body] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const families = [...body!.matchAll(/KaTeX_[A-Za-z0-9]+/g)].map((m) => m[0]);
    if (families.length === 0) continue;
    const applies = selectors!.split(',').some((sel) => {
      const needs = [...sel.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
      // @font-face blocks name a family but select nothing.
      return needs.length > 0 && needs.every((c) => classes.has(c));
    });
    if (applies) families.forEach((f) => used.add(f));
  }
  return css.replace(/@font-face\{([^{}]*)\}/g, (_, body: string) => {
    const family = /font-family:(KaTeX_[A-Za-z0-9]+)/.exec(body)?.[1];
    const file = /url\((fonts\/[^)]+\.woff2)\)/.exec(body)?.[1];
    if (!family || !file || !used.has(family)) return '';
    const data = readFileSync(new URL(file, KATEX_DIR)).toString('base64');
    return `@font-face{${body.replace(/src:[^;}]*/, `src:url(data:font/woff2;base64,${data}) format("woff2")`)}}`;
  });
}
