// What every end-to-end file shares: the built dist/ served from a sub-folder, and one session of the engine this
// run uses (`E2E_BROWSER`), started before the file's tests and stopped after them. A test fails if any page it
// opened reported an error (see `errors` in browsers.mjs).
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, MOUNT } from './server.mjs';
import { browserEngine } from './browsers.mjs';
import { sleep } from './webdriver.mjs';

export const DIST = process.env.DIST ?? new URL('../../dist', import.meta.url).pathname;

/**
 * Registers the hooks and returns an object that holds `server` and `browser` once they are up. `serverOptions`
 * gives the server's options (headers, extra pages); with `skip`, nothing starts.
 */
export function suite({ serverOptions = async () => ({}), skip = false } = {}) {
  const ctx = { server: null, browser: null };
  before(async () => {
    if (skip) return;
    ctx.server = await serveDist(DIST, await serverOptions());
    ctx.browser = await browserEngine.start();
  });
  afterEach(async () => {
    if (ctx.browser) assert.deepEqual(await ctx.browser.errors(), [], 'errors in the pages this test opened');
  });
  after(async () => {
    await ctx.browser?.stop();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * Waits until `read()` (run here, in Node) returns something truthy, and returns it; after `ms`, fails naming `what`
 * and what `seen()` (or the last value) shows. For what the page itself holds, use `session.until`.
 */
export async function waitUntil(read, { ms = 5000, what, seen } = {}) {
  for (const deadline = Date.now() + ms; ; await sleep(50)) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`${what ?? 'the condition'} did not happen within ${ms} ms; seen: ${JSON.stringify(seen ? await seen() : value)}`);
    }
  }
}

/** Runs `body`, and names `input` in whatever it throws: a failure inside a loop says which case failed. */
export async function named(input, body) {
  try {
    return await body();
  } catch (e) {
    e.message = `${input}: ${e.message}`;
    throw e;
  }
}

/**
 * Puts the page in `theme` as a reader would, in Chromium: the system's preference (emulated through the DevTools
 * protocol; an embedded step has no switch and follows it alone), then the theme switch where the page shows one.
 * The switch starts from the system's preference or from the choice kept earlier; it is pressed until the page is
 * in the wanted theme. Where the switch is hidden (present mode), a choice kept earlier that differs is forgotten
 * and the page opened again, to follow the system; then it returns true (what was done on the page is undone).
 */
export async function useTheme(session, theme) {
  await session.cmd('POST', '/goog/cdp/execute', {
    cmd: 'Emulation.setEmulatedMedia', params: { features: [{ name: 'prefers-color-scheme', value: theme }] },
  });
  const [dark, shown] = await session.execute(`const s = document.querySelector(".theme-switch");
    return [s?.dataset.dark, !!s?.getClientRects().length]`);
  let reopened = false;
  if (dark && (dark === 'true') !== (theme === 'dark')) {
    if (shown) {
      await session.click(await session.find('.theme-switch'));
    } else {
      await session.execute('localStorage.removeItem("ai-gambit-theme")');
      await session.goto(await session.execute('return location.href'));
      reopened = true;
    }
  }
  const effective = await session.execute(`return document.documentElement.dataset.theme
    || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')`);
  assert.equal(effective, theme);
  return reopened;
}

/**
 * The page's address under the site's root: `steps/chip-chokehold/?v=1&chips=domestic` for a step of the
 * walkthrough, `?v=1` for the first, `?v=1&step=chip-chokehold&page=model` for another page.
 */
export const address = (session) =>
  session.execute('return location.pathname.slice(arguments[0].length) + location.search', [MOUNT]);

/**
 * A JavaScript expression, for pages, of the step the address names: its page's path (`steps/<id>/`) or an older
 * link's `?step=`; null for the first step, at the root.
 */
export const STEP_HERE = `((/\\/steps\\/([^/]+)\\/(?:index\\.html)?$/.exec(location.pathname) || [])[1] || new URLSearchParams(location.search).get('step'))`;
