/** The page's own styles: readable on screen, a clean worksheet on paper. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; --accent: #1a5fb4; }
body { margin: 0; color: var(--ink); background: #fff; font: 17px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; margin: 0 0 1.5rem; }
h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
h2 .code { font: .8rem ui-monospace, Menlo, Consolas, monospace; color: var(--muted); margin-left: .5rem; }
.problem { border-top: 1px solid var(--line); padding-top: 1.25rem; margin-top: 2rem; }
.tags { margin: 0 0 1rem; }
.tags span { display: inline-block; font: .75rem system-ui, sans-serif; color: var(--muted); border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; margin-right: .25rem; }
.statement p, .prompt p, .key p { margin: .5rem 0; }
.katex-display { margin: .5rem 0; overflow-x: auto; overflow-y: hidden; }
figure.network { margin: 1rem 0; }
svg.network { max-width: 100%; height: auto; display: block; }
svg.network line { stroke: #7a7f87; stroke-width: 1.2; }
svg.network marker path { fill: #7a7f87; }
svg.network circle { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
svg.network text { font: 15px system-ui, sans-serif; text-anchor: middle; fill: var(--ink); }
svg.network text.head { font-weight: 600; }
svg.network text.act, svg.network text.val { font-size: 12px; fill: var(--muted); }
svg.network text.w { font-size: 14px; fill: var(--muted); }
figcaption .note { font-size: .85rem; color: var(--muted); }
ol.parts { padding-left: 1.5rem; }
li.part { margin: 1rem 0; }
ol.options p { margin: 0; }
details.answer { margin: .5rem 0; border-left: 3px solid var(--line); padding-left: .75rem; }
details.answer summary { cursor: pointer; color: var(--accent); font: .9rem system-ui, sans-serif; }
details.answer[open] { border-left-color: var(--accent); }
code { font: .9em ui-monospace, Menlo, Consolas, monospace; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  details.answer { display: none; }
  .problem { break-inside: avoid-page; border-top: none; }
  h2 .code { color: #000; }
  li.part { margin: .5rem 0 2.5rem; }
}
`.trim();
