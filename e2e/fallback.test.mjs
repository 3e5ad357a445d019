// Never a blank page: when the WebAssembly is blocked, damaged, missing or slow, the step's readable page (with its
// chart) is on screen at once, a short note says why where the app cannot start (with a link to try again), no error
// escapes, an embedded step still tells its host its height, and a WebAssembly that arrives late still starts the
// app, which takes the readable page's place with the masthead, the step list, the heading and the chart unmoved.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, named, suite } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';

const faults = { wasm: null };
const HOST = `<!doctype html><html lang="en"><head><title>A host</title><link rel="icon" href="data:,"></head><body>
<iframe title="An embedded step" width="600" height="200"></iframe>
<script src="host-heights.js"></script></body></html>`;
const HOST_SCRIPT = `window.heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'ai-gambit:height') window.heights.push(e.data.height); });`;

const ctx = suite({
  serverOptions: async () => {
    // The first page with a script before all others that takes WebAssembly away, as a browser without it would.
    const index = await readFile(join(DIST, 'index.html'), 'utf8');
    const bare = index.replace('<meta charset="utf-8" />', '<meta charset="utf-8" /><script src="hide-wasm.js"></script>');
    return {
      faults,
      extra: { 'no-wasm.html': bare, 'hide-wasm.js': 'delete window.WebAssembly;', 'host.html': HOST, 'host-heights.js': HOST_SCRIPT },
    };
  },
});

// Each test starts with no service worker and no cache, which would otherwise serve the WebAssembly it spoils.
beforeEach(async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}host.html`, { app: false });
  await session.executeAsync(`const done = arguments[arguments.length - 1];
    Promise.all([
      navigator.serviceWorker?.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))),
      self.caches?.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))),
    ]).then(() => done(), () => done());`);
});

const NOTES = await readFile(new URL('../content/text/en/case.json', import.meta.url), 'utf8').then((t) => JSON.parse(t).ui.load);

/** Waits for `script` to return something truthy, and returns it; fails naming `what` after `ms`. */
const until = (session, script, what, ms = 20000) => session.until(script, { what, ms });

/** What the reader has on screen: the step's title, how much text, the note and its link, and whether the app runs. */
const screen = (session) => session.execute(`const note = document.getElementById('load-note');
  return { title: document.querySelector('main h2')?.textContent, text: document.body.innerText.length,
    note: note?.firstChild?.textContent.trim() ?? null, retry: note?.querySelector('a')?.textContent ?? null,
    app: !!document.querySelector('.step-nav, .embedded'), readable: !!document.getElementById('static') }`);

/** The page's errors, but for the failed load of the WebAssembly that the test itself caused. */
async function otherErrors() {
  return (await ctx.browser.errors()).filter((e) => !/\.wasm|_bg\.wasm|Failed to load|failed to load/i.test(e));
}

for (const [fault, page, note] of [
  ['abort', '', 'failed'],
  ['html', '', 'failed'],
  [null, 'no-wasm.html', 'unsupported'],
]) {
  const name = fault ? `the WebAssembly ${fault === 'abort' ? 'blocked' : 'replaced by an HTML page'}` : 'a browser without WebAssembly';
  test(`${name}: the step stays readable and a note says why`, async () => {
    const { session } = ctx.browser;
    faults.wasm = fault;
    try {
      await session.goto(`${ctx.server.url}${page}?v=1&step=chip-chokehold`, { app: false });
      await until(session, 'return document.getElementById("load-note")', 'the note');
      const shown = await until(session, `return document.querySelector('main h2')?.textContent === 'The chip chokehold'`, 'the step\'s readable page');
      assert.ok(shown);
      const now = await screen(session);
      assert.equal(now.note, NOTES[note]);
      assert.equal(now.retry, NOTES.retry);
      assert.equal(now.app, false);
      assert.ok(now.text > 2000, `${now.text} characters on screen`);
      assert.deepEqual(await otherErrors(), []);
    } finally {
      faults.wasm = null;
    }
  });
}

test('a slow WebAssembly: the step is readable at once, a note after a while, then the app takes over', async () => {
  const { session } = ctx.browser;
  faults.wasm = { delay: 11000 };
  try {
    await session.goto(`${ctx.server.url}?v=1&step=going-global`, { app: false });
    const first = await screen(session);
    assert.equal(first.app, false);
    assert.ok(first.text > 1000, `${first.text} characters before the app`);
    await until(session, `return document.querySelector('main h2')?.textContent === 'Going global, two ways at once'`, 'the step\'s readable page');
    assert.equal((await until(session, 'return document.getElementById("load-note")?.firstChild.textContent.trim()', 'the note', 10000)), NOTES.slow);
    await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app', 20000);
    const last = await screen(session);
    assert.deepEqual([last.readable, last.note, last.title], [false, null, 'Going global, two ways at once']);
    assert.deepEqual(await otherErrors(), []);
  } finally {
    faults.wasm = null;
  }
});

/** Where the masthead's title, the step list's current step, the step's heading and its chart are, and the chart's gauge. */
const PLACES = `const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect();
    return [r.left, r.top + scrollY, r.width, r.height].map(Math.round); };
  return { width: innerWidth, title: box(document.querySelector('.masthead h1')),
    actions: box(document.querySelector('.masthead-actions')), share: box(document.querySelector('.share-bar')),
    current: box(document.querySelector('.progress-list [aria-current]')), heading: box(document.querySelector('main h2')),
    chart: box(document.querySelector('main svg.chart')),
    gauge: document.querySelector('main svg.chart .pool-gauge')?.getAttribute('data-value') ?? null }`;

test('a step\'s readable page shows its chart, and the app takes over with nothing moved', async () => {
  const { session } = ctx.browser;
  faults.wasm = { delay: 2500 };
  try {
    for (const width of [1280, 390]) {
      await named(`${width} px`, async () => {
        await session.cmd('POST', '/window/rect', { width, height: 900 }).catch(() => {});
        await session.goto(`${ctx.server.url}steps/chip-chokehold/`, { app: false });
        const before = await until(session, `if (!document.getElementById('static')) return null;
          const r = (() => { ${PLACES} })(); return r.chart && r.current && r;`, 'the readable page with its chart');
        await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app');
        // The app's own scroll of the step list runs in an effect just after it mounts (no animation frame: WebKit
        // under Xvfb may hold those back).
        await sleep(300);
        const after = await session.execute(PLACES);
        assert.equal(before.gauge, after.gauge, 'the readable chart shows the app\'s scenario');
        for (const part of ['title', 'actions', 'share', 'current', 'heading', 'chart']) {
          const moved = before[part].map((v, i) => Math.abs(v - after[part][i]));
          assert.ok(moved.every((d) => d <= 2), `${part} at ${before.width} px: ${before[part]} before the app, ${after[part]} after`);
        }
      });
    }
  } finally {
    faults.wasm = null;
    await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
  }
});

test('a step\'s own page opens the app at that step and keeps its path, and old links still land right', async () => {
  const { session } = ctx.browser;
  for (const [path, title, canonical] of [
    ['steps/going-global/', 'Going global, two ways at once', 'steps/going-global/?v=1'],
    ['steps/chip-chokehold/?tiktok=ban', 'The chip chokehold', 'steps/chip-chokehold/?v=1&tiktok=ban'],
    ['?step=chip-chokehold&chips=domestic', 'The chip chokehold', 'steps/chip-chokehold/?v=1&chips=domestic'],
    ['?v=1&step=intro', 'A latecomer goes all in', '?v=1'],
  ]) {
    await named(path, async () => {
      await session.goto(ctx.server.url + path);
      await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app');
      assert.equal(await session.execute('return document.querySelector("main h2").textContent'), title);
      assert.equal(await session.execute('return document.title'), `${title} \u00b7 AI Gambit`);
      await session.until('return arguments[0] === location.href.slice(arguments[1].length)', { args: [canonical, ctx.server.url], ms: 5000 });
      assert.equal((await session.execute('return location.href')).slice(ctx.server.url.length), canonical);
    });
  }
  // From one step's page, the next is at its own path, and the page's icon still loads from there.
  await session.click(await session.find('.step-nav button:last-of-type'));
  await until(session, 'return location.pathname.endsWith("/steps/independent-kingdoms/")', 'the next step\'s path');
  const icon = await session.execute('return document.querySelector("link[rel~=icon]").href');
  assert.equal(icon, `${ctx.server.url}favicon.svg`);
});

test('an embedded step whose WebAssembly is blocked still shows the step and tells the host its height', async () => {
  const { session } = ctx.browser;
  faults.wasm = 'abort';
  try {
    await session.goto(`${ctx.server.url}host.html`);
    await session.execute('document.querySelector("iframe").src = arguments[0]', [`${ctx.server.url}?v=1&step=chip-chokehold&embed=1`]);
    const heights = await until(session, 'return window.heights.length && window.heights', 'a height message');
    assert.ok(heights.every((h) => h > 300), JSON.stringify(heights));
    await session.frame(await session.find('iframe'));
    assert.equal((await screen(session)).note, NOTES.failed);
    await session.frame();
    assert.deepEqual(await otherErrors(), []);
  } finally {
    faults.wasm = null;
  }
});
