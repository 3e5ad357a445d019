// The readable page is the app's own first render: for every step's page in both languages (and each language's
// first page), and a sample of each step's embeddable pages (`embeds/<id>/<copy>/`, see below; at the address its block
// names in `data-address`: its scenario and colours, whole or compact, without controls), the markup `cargo xtask
// dist` put in the page (`#static`, rendered natively by the app's components, `src/prerender.rs`) is the markup the app renders for that address once it starts in the browser. The two are
// compared as trees: comments left out, attributes in one order (a class list without its spare spaces), links
// resolved against the page's address, a bare SVG group by its content, and elements by name whatever their
// namespace.
// Both renders are the app's Rust (natively for dist, in wasm in the browser), and both sides of the comparison are
// read through the same engine's parser, so the engine adds nothing to compare: Chromium alone runs it.
// fallback.test.mjs sees, in every engine, that the app takes the readable page's place with nothing moved.
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, named, DIST } from './support/suite.mjs';
import { LANGUAGES, ORDER, rootOf, title } from './support/content.mjs';

const ctx = suite();

/** The page's markup, normalised (see above): `#static`'s children in dist's file, the app's `<body>` once started. */
const COMPARE = `const [path, done] = arguments;
  const norm = (node, base) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    if (tag === 'script' || tag === 'noscript' || node.id === 'load-note') return '';
    const attrs = [...node.attributes]
      .map((a) => [a.name, a.name === 'href' && !a.value.startsWith('#') ? new URL(a.value, base).href
        : a.name === 'class' ? a.value.split(/\\s+/).filter(Boolean).join(' ') : a.value])
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([n, v]) => ' ' + n + '="' + v + '"').join('');
    const inner = [...node.childNodes].map((n) => norm(n, base)).join('');
    // Leptos in the browser wraps a static shape of an <svg> in a bare <g> (from the template it clones): a group
    // with no attribute draws nothing of its own.
    if (tag === 'g' && !node.attributes.length) return inner;
    return '<' + tag + attrs + '>' + inner + '</' + tag + '>';
  };
  // The page's own line breaks around the block are not the app's.
  const app = [...document.body.childNodes].map((n) => norm(n, location.href)).join('').trim();
  fetch(path).then((r) => r.text()).then((html) => {
    const page = new DOMParser().parseFromString(html, 'text/html').getElementById('static');
    // Its links lead from the page's own address (the app may since have moved the address bar).
    const readable = page ? [...page.childNodes].map((n) => norm(n, new URL(path, location.href).href)).join('').trim() : null;
    done({ app, readable });
  }, (e) => done({ error: String(e) }));`;

/** Where `a` and `b` first differ, with some of each around it. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at ${i} of ${a.length} / ${b.length}:\n  readable: …${a.slice(Math.max(0, i - 160), i + 160)}…\n  app:      …${b.slice(Math.max(0, i - 160), i + 160)}…`;
}

for (const lang of LANGUAGES) {
  test(`${lang}: every step's readable page is the app's first render of its address`, async () => {
    const { session } = ctx.browser;
    const pages = [['', ORDER[0]], ...ORDER.map((id) => [`steps/${id}/`, id])];
    for (const [page, id] of pages) {
      await named(`${rootOf(lang)}${page || '(first page)'}`, async () => {
        const path = `${ctx.server.url}${rootOf(lang)}${page}`;
        await session.goto(path);
        await session.until('return document.querySelector("main h2")?.textContent === arguments[0]', { args: [title(id, lang)], what: 'the step', ms: 10000 });
        const { app, readable, error } = await session.executeAsync(COMPARE, [path]);
        assert.equal(error, undefined);
        assert.ok(readable, 'the page has no readable block (#static)');
        assert.ok(readable.includes('<main'), 'the readable block has no <main>');
        if (readable !== app) assert.fail(firstDifference(readable, app));
      });
    }
  });
}

/** Every embeddable page dist wrote for `lang`, as the address its readable block was rendered at. */
function embedAddresses(lang) {
  const folder = join(DIST, rootOf(lang), 'embeds');
  return readdirSync(folder, { recursive: true })
    .filter((f) => f.endsWith('index.html'))
    .sort()
    .map((f) => {
      const address = /<div id="static"[^>]* data-address="([^"]*)"/.exec(readFileSync(join(folder, f), 'utf8'))?.[1];
      assert.ok(address?.startsWith('embeds/'), `embeds/${f} names no address it was rendered at`);
      return address.replaceAll('&amp;', '&');
    });
}

// The same Rust renders both sides, and what it renders differs by the step's view, by whole or compact and by a
// scenario changed or not, not by which scenario or colours a copy has: Chromium compares each step's plain page and
// one compact copy (a changed scenario in the dark colours where the step has one); Firefox and WebKit, whose
// serialisation alone may differ, each step's plain page. (All 264 copies of a language took Chromium two minutes.)
const EVERY_ENGINE = /^embeds\/[^/]+\/\?/;
const CHROMIUM_TOO = [/^embeds\/[^/]+\/[^/?]+-dark-compact\/\?/, /^embeds\/[^/]+\/compact\/\?/];
function sample(addresses) {
  const steps = [...new Set(addresses.map((a) => a.split('/')[1]))];
  const chromium = (process.env.E2E_BROWSER ?? 'chromium') === 'chromium';
  return steps.flatMap((step) => {
    const own = addresses.filter((a) => a.split('/')[1] === step);
    const compact = CHROMIUM_TOO.map((p) => own.find((a) => p.test(a))).find(Boolean);
    return [own.find((a) => EVERY_ENGINE.test(a)), ...(chromium ? [compact] : [])];
  });
}

for (const lang of LANGUAGES) {
  test(`${lang}: each step's embeddable pages (a sample of its copies) read as the app's first render of their address`, async () => {
    const { session } = ctx.browser;
    const all = embedAddresses(lang);
    const addresses = sample(all);
    assert.ok(addresses.length >= ORDER.length && addresses.every(Boolean), `a step without its pages among ${all.length}: ${addresses}`);
    for (const address of addresses) {
      await named(`${rootOf(lang)}${address}`, async () => {
        const path = `${ctx.server.url}${rootOf(lang)}${address}`;
        await session.goto(path);
        await session.until('return !document.getElementById("static") && !!document.querySelector("main.embedded .embedded-title")', { what: 'the app', ms: 10000 });
        const { app, readable, error } = await session.executeAsync(COMPARE, [path]);
        assert.equal(error, undefined);
        assert.match(readable ?? '', /<main class="embedded[ "]/, 'the readable block has no embedded view');
        if (readable !== app) assert.fail(firstDifference(readable, app));
      });
    }
  });
}
