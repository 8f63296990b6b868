import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';

/**
 * The exported page in a real browser: Debian's Chromium, headless, with no
 * network. `.ci/run` installs it; without it this test fails rather than
 * pass untested. QUIZDRILL_CHROMIUM names another binary.
 */
const CHROMIUM = process.env.QUIZDRILL_CHROMIUM ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-html-'));
/** Kept after the run (the temporary folder is not), for a person to look at. */
export const SCREENSHOT = join(tmpdir(), 'quizdrill-export-html.png');
let context: BrowserContext;

/**
 * Run in the page (a string: the project's types have no DOM). What a reader
 * sees: the MathML copy KaTeX keeps for screen readers carries the TeX source,
 * so it is left out; every toggle is opened.
 */
const SEEN = `(() => {
  const clone = document.body.cloneNode(true);
  clone.querySelectorAll('.katex-mathml').forEach((e) => e.remove());
  clone.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
  return {
    text: clone.textContent || '',
    formulas: document.querySelectorAll('.katex').length,
    errors: document.querySelectorAll('.katex-error, code.tex').length,
    svgs: document.querySelectorAll('svg.network').length,
    loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family).sort(),
  };
})()`;
/**
 * Run in the page: clicks the summary of every part not yet opened and
 * returns what misbehaved (a key shown before its click, hidden after it,
 * or not starting "Answer:").
 */
const EVERY_TOGGLE = `(() => {
  const wrong = [];
  document.querySelectorAll('li.part').forEach((part, i) => {
    const details = part.querySelector('details.answer');
    if (details.open) return;
    const key = details.querySelector('.key');
    if (key.checkVisibility()) wrong.push('part ' + (i + 1) + ' shown before its click');
    part.querySelector('summary').click();
    if (!key.checkVisibility()) wrong.push('part ' + (i + 1) + ' hidden after its click');
    if (!/^Answer:/.test(key.innerText)) wrong.push('part ' + (i + 1) + ' says ' + JSON.stringify(key.innerText.slice(0, 40)));
  });
  return wrong;
})()`;
let pageFile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium), as .ci/run does`);
  pageFile = join(dir, 'worksheet.html');
  const r = await runInMemory(['export', 'html', '-o', pageFile]);
  if (r.code !== 0) throw new Error(`export failed: ${r.stderr}`);
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1000, height: 1400 },
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the html export in Chromium', () => {
  it('renders offline: no request leaves the page, no console error, no raw LaTeX, every formula typeset', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const seen = (await page.evaluate(SEEN)) as { text: string; formulas: number; errors: number; svgs: number; loaded: string[] };
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(seen.text).not.toMatch(/\\[A-Za-z]+|\\\(|\\\[|\$/);
    expect(seen.formulas).toBeGreaterThan(300);
    expect(seen.errors).toBe(0);
    expect(seen.svgs).toBeGreaterThan(5);
    // The inlined fonts load (from data URIs): math is drawn in KaTeX's fonts, not a fallback.
    expect(seen.loaded).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math', 'KaTeX_Size1']));
    await page.close();
  }, 120_000);

  it('shows each part its answer only when its toggle is clicked, and screenshots a problem', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
    const parts = page.locator('li.part');
    const count = await parts.count();
    const exported = JSON.parse((await runInMemory(['export', 'json'])).stdout) as { problems: { parts: unknown[] }[] };
    expect(count).toBe(exported.problems.reduce((n, p) => n + p.parts.length, 0));
    // A person's clicks, through the browser's input, on the first, a middle and the last part.
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const part = parts.nth(i);
      const shown = () => part.locator('details.answer .key').evaluate((el: unknown) => (el as { checkVisibility(): boolean }).checkVisibility());
      expect(await shown(), `part ${i + 1} before its click`).toBe(false);
      await part.locator('summary').click();
      expect(await shown(), `part ${i + 1} after its click`).toBe(true);
      expect(await part.locator('details.answer .key').innerText()).toMatch(/^Answer:/);
    }
    // Every other part in one round trip (one per part took minutes on a
    // bank of 230 parts): hidden before its summary is clicked, shown after.
    const wrong = (await page.evaluate(EVERY_TOGGLE)) as string[];
    expect(wrong).toEqual([]);
    // Printed, the answers are left out: a worksheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.answer').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#p1').scrollIntoViewIfNeeded();
    await page.locator('#p1').screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  }, 600_000);
});
