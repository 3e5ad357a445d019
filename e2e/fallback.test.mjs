// Never a blank page: when the WebAssembly is blocked, damaged, missing or slow, the step's readable page (with its
// chart) is on screen at once, a short note says why where the app cannot start (with a link to try again), no error
// escapes, an embedded step still tells its host its height, and a WebAssembly that arrives late still starts the
// app, which takes the readable page's place (its own first render, so `.step-nav` is there before it starts too)
// with the masthead, the step list, the heading and the chart unmoved.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, named, suite } from './support/suite.mjs';
import { MOUNT } from './support/server.mjs';
import { CASE, ORDER, STEPS, fill, title } from './support/content.mjs';

const faults = { wasm: null };
/** Steps the faults are tried on: one with a chart that follows the scenario, and another, not the first. */
const CHARTED = STEPS.find((s) => s.view === 'chips') ?? STEPS[1];
const OTHER = STEPS.at(-3);
const HOST = `<!doctype html><html lang="en"><head><title>A host</title><link rel="icon" href="data:,"></head><body>
<iframe title="An embedded step" width="600" height="200"></iframe>
<script src="host-heights.js"></script></body></html>`;
const HOST_SCRIPT = `window.heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'ai-gambit:height') window.heights.push(e.data.height); });`;

/** Pages and files the test server adds to dist/ (see `serverOptions`), by path under the mount. */
const EXTRA = new Set();

const ctx = suite({
  serverOptions: async () => {
    // The first page with a script before all others that takes WebAssembly away, as a browser without it would.
    const index = await readFile(join(DIST, 'index.html'), 'utf8');
    const bare = index.replace('<meta charset="utf-8" />', '<meta charset="utf-8" /><script src="hide-wasm.js"></script>');
    // One step's page with the slow note due after 300 ms instead of 8 s (start.js reads `data-slow-ms`).
    const page = join('steps', OTHER.id, 'index.html');
    const own = await readFile(join(DIST, page), 'utf8');
    const quick = own.replace('data-wasm=', 'data-slow-ms="300" data-wasm=');
    assert.notEqual(quick, own, `${page} has no script with data-wasm`);
    const extra = {
      'no-wasm.html': bare, 'hide-wasm.js': 'delete window.WebAssembly;', [page]: quick,
      'host.html': HOST, 'host-heights.js': HOST_SCRIPT,
      // A service worker that keeps nothing: these tests spoil the WebAssembly on purpose, and the real one's
      // precaching, still running when the next test clears it, held WebKit's cache calls past the hook's 30 s.
      'sw.js': '// No offline copy in the fallback tests.\n',
    };
    for (const file of Object.keys(extra)) EXTRA.add(file);
    return { faults, extra };
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

const NOTES = CASE().ui.load;

/**
 * Waits for `script` to return something truthy, and returns it; fails naming `what` and what the page shows
 * after `ms`.
 */
const until = (session, script, what, ms = 20000, args = []) => session.until(script, { what, ms, args, seen: SHOWN });
const SHOWN = `return { title: document.querySelector('main h2')?.textContent ?? null,
  note: document.getElementById('load-note')?.textContent ?? null, app: !document.getElementById('static') && !!document.querySelector('.step-nav, .embedded'),
  readable: !!document.getElementById('static') }`;
/** Resolves once `title` is the step's heading on screen. */
const showsTitle = (session, wanted, what) => until(session, 'return document.querySelector("main h2")?.textContent === arguments[0]', what, 20000, [wanted]);

/** A hold on the WebAssembly: the server sends it once `release()` is called. */
function hold() {
  let release;
  const until = new Promise((resolve) => { release = resolve; });
  return { fault: { until }, release };
}

/** What the reader has on screen: the step's title, how much text, the note and its link, and whether the app runs. */
const screen = (session) => session.execute(`const note = document.getElementById('load-note');
  return { title: document.querySelector('main h2')?.textContent, text: document.body.innerText.length,
    note: note?.firstChild?.textContent.trim() ?? null, retry: note?.querySelector('a')?.textContent ?? null,
    app: !document.getElementById('static') && !!document.querySelector('.step-nav, .embedded'), readable: !!document.getElementById('static') }`);

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
      await session.goto(`${ctx.server.url}${page}?v=1&step=${CHARTED.id}`, { app: false });
      await until(session, 'return document.getElementById("load-note")', 'the note');
      // The readable page is the wanted step's (fetched from its page), not the first step's.
      await showsTitle(session, title(CHARTED.id), 'the step\'s readable page');
      // Its links, written to lead from its own folder, lead from the root here: none leaves the site's folder.
      const astray = await session.execute(`return [...document.querySelectorAll('#static a[href]')].map((a) => a.href)
        .filter((h) => h.startsWith(location.origin) && !h.startsWith(arguments[0]))`, [ctx.server.url]);
      assert.deepEqual(astray, [], 'links of the fetched readable page that lead out of the site');
      // And each leads where it led on the step's own page: the step list's links are the root page's own.
      const lists = await session.executeAsync(`const [root, done] = arguments;
        const list = (doc, at) => [...doc.querySelectorAll('#static .progress-list a[href]')].map((a) => new URL(a.getAttribute('href'), at).href);
        fetch(root).then((r) => r.text()).then((t) => done({ root: list(new DOMParser().parseFromString(t, 'text/html'), root),
          here: list(document, location.href) }), (e) => done({ error: String(e) }));`, [ctx.server.url]);
      assert.ok(lists.root?.length, `the root page's step list: ${JSON.stringify(lists)}`);
      assert.deepEqual(lists.here, lists.root, 'the fetched step list\'s links, against the root page\'s own');
      // The readable page is the app's first render: its controls are there, held in their place but hidden, so a
      // reader is offered none that does nothing; the step list is links to every step's page.
      const offered = await session.execute(`return [...document.querySelectorAll('#static :is(button, input, select, textarea)')]
        .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length).map((el) => el.outerHTML.slice(0, 80))`);
      assert.deepEqual(offered, [], 'controls of the readable page a reader can press');
      const steps = await session.execute(`return [...document.querySelectorAll('#static .progress-list a[href]')].length`);
      assert.equal(steps, STEPS.length, 'links in the readable page\'s step list');
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
  const wasm = hold();
  faults.wasm = wasm.fault;
  try {
    await session.goto(`${ctx.server.url}steps/${OTHER.id}/`, { app: false });
    const first = await screen(session);
    assert.equal(first.app, false);
    assert.ok(first.text > 1000, `${first.text} characters before the app`);
    await showsTitle(session, title(OTHER.id), 'the step\'s readable page');
    assert.equal((await until(session, 'return document.getElementById("load-note")?.firstChild.textContent.trim()', 'the note', 10000)), NOTES.slow);
    wasm.release();
    await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app', 20000);
    const last = await screen(session);
    assert.deepEqual([last.readable, last.note, last.title], [false, null, title(OTHER.id)]);
    assert.deepEqual(await otherErrors(), []);
  } finally {
    wasm.release();
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
  try {
    for (const width of [1280, 390]) {
      await named(`${width} px`, async () => {
        const wasm = hold();
        faults.wasm = wasm.fault;
        try {
          await session.cmd('POST', '/window/rect', { width, height: 900 }).catch(() => {});
          await session.goto(`${ctx.server.url}steps/${CHARTED.id}/`, { app: false });
          const before = await until(session, `if (!document.getElementById('static')) return null;
            const r = (() => { ${PLACES} })(); return r.chart && r.current && r;`, 'the readable page with its chart');
          wasm.release();
          await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app');
          // The app's own scroll of the step list runs in an effect just after it mounts: wait until every part is
          // where it was (within 2 px), and if that never comes, say where each part ended up.
          const near = `const before = arguments[0]; const after = (() => { ${PLACES} })();
            return ['title', 'actions', 'share', 'current', 'heading', 'chart'].every((part) => after[part]
              && before[part].every((v, i) => Math.abs(v - after[part][i]) <= 2)) && after`;
          await session.until(near, { args: [before], ms: 3000 });
          const after = await session.execute(PLACES);
          assert.equal(before.gauge, after.gauge, 'the readable chart shows the app\'s scenario');
          for (const part of ['title', 'actions', 'share', 'current', 'heading', 'chart']) {
            const moved = before[part].map((v, i) => Math.abs(v - after[part][i]));
            assert.ok(moved.every((d) => d <= 2), `${part} at ${before.width} px: ${before[part]} before the app, ${after[part]} after`);
          }
        } finally {
          wasm.release();
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
  const [first, next] = [ORDER[0], ORDER[1]];
  for (const [path, id, canonical] of [
    [`steps/${OTHER.id}/`, OTHER.id, `steps/${OTHER.id}/?v=1`],
    [`steps/${CHARTED.id}/?tiktok=ban`, CHARTED.id, `steps/${CHARTED.id}/?v=1&tiktok=ban`],
    [`?step=${CHARTED.id}&chips=domestic`, CHARTED.id, `steps/${CHARTED.id}/?v=1&chips=domestic`],
    [`?v=1&step=${first}`, first, '?v=1'],
  ]) {
    await named(path, async () => {
      await session.goto(ctx.server.url + path);
      await until(session, 'return !document.getElementById("static") && document.querySelector(".step-nav")', 'the app');
      assert.equal(await session.execute('return document.querySelector("main h2").textContent'), title(id));
      assert.equal(await session.execute('return document.title'), `${title(id)} \u00b7 ${CASE().title}`);
      await session.until('return arguments[0] === location.href.slice(arguments[1].length)', { args: [canonical, ctx.server.url], ms: 5000 });
      assert.equal((await session.execute('return location.href')).slice(ctx.server.url.length), canonical);
    });
  }
  // From the first step's page, the next is at its own path, and the page's icon still loads from there.
  await session.click(await session.find('.step-nav button:last-of-type'));
  await until(session, 'return location.pathname.endsWith(arguments[0])', 'the next step\'s path', 20000, [`/steps/${next}/`]);
  const icon = await session.execute('return document.querySelector("link[rel~=icon]").href');
  assert.equal(icon, `${ctx.server.url}favicon.svg`);
});

test('an embedded step whose WebAssembly is blocked still shows the step and tells the host its height', async () => {
  const { session } = ctx.browser;
  faults.wasm = 'abort';
  try {
    await session.goto(`${ctx.server.url}host.html`);
    await session.execute('document.querySelector("iframe").src = arguments[0]', [`${ctx.server.url}?v=1&step=${CHARTED.id}&embed=1`]);
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

/** Whether the test server had a file at `path` (a request's path): a file of dist/ or one the tests add. */
async function served(path) {
  if (!path.startsWith(MOUNT)) return false;
  let file = path.slice(MOUNT.length);
  if (file === '' || file.endsWith('/')) file += 'index.html';
  if (EXTRA.has(file)) return true;
  return access(join(DIST, file)).then(() => true, () => false);
}

test('a link naming no step keeps the first step, asks for nothing that is not there, and says what it could not use', async () => {
  const { session } = ctx.browser;
  const wrong = 'nonsense';
  const before = ctx.server.requests.length;
  await session.goto(`${ctx.server.url}?step=${wrong}`);
  const notice = await until(session, 'return document.querySelector(".link-notice")?.textContent', 'the notice a bad link gets');
  assert.equal(notice, fill(CASE().ui.link_notice, { items: fill(CASE().ui.punctuation.setting, { key: "step", value: wrong }) }));
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), title(ORDER[0]));
  const asked = ctx.server.requests.slice(before);
  assert.ok(asked.length > 0, 'the server saw no request at all');
  const missing = [];
  for (const path of asked) if (!(await served(path))) missing.push(path);
  assert.deepEqual(missing, [], `requests for what is not there (each a 404), of: ${asked.join(', ')}`);
  // No console error: the suite checks every page's errors and Chromium's log after each test.
});
