// The newsroom: a step embedded in an article as a CMS would have it. In a sandboxed frame (`sandbox="allow-scripts"`,
// an opaque origin) the embed keeps its styles in every engine, says why where its server refuses it the app (no
// CORS header), and "Open the whole explainer" offers its address to copy where the
// sandbox forbids a new tab; an embed is light unless the writer asks for dark (the dark article's near-black) or for
// the reader's system; `controls=0` keeps the outcome bars, a locked scenario with its figures and its name; a frame
// without scripts shows the step's embeddable page, the embedded view (not the site's page), white, fitting a phone's
// column, saying it shows 2025 and giving the explainer's address as text, and for a code that sets one of the
// step's own assumptions or dark colours, that scenario (the app's figures) in those colours, from the copy of the
// page the code points at; in a sandboxed frame the CSV's figures show as text to copy; Copy link, Copy the code and a download
// each confirm beside their button, announced, in both languages; a frame held at a fixed height never scrolls inside.
// The tests of the app in a sandbox run in every engine that runs it there (not WebKitGTK under the policy without
// --site-url, as docs/deployment.md says; its plain page, in every engine); the colour tests emulate the reader's
// system in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { distHeaders, serveDist } from './support/server.mjs';
import { DIST, named, suite } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';
import { noPhone, phone, shot, viewport } from './support/screens.mjs';
import { EMBED_HOST_FILES, codeOf, heightOf } from './support/embeds.mjs';
import { KEYS, keys } from './support/webdriver.mjs';
import { LANGUAGES, UI, fill, rootOf, setting, stepWith, text, title } from './support/content.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const OUTCOMES = await read('text/en/outcomes.json');

/** A host page holding `frame` (an iframe's markup) in an article column, its page in `scheme` colours. */
const host = (frame, scheme) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.6 Georgia,serif;background:${scheme === 'dark' ? '#111' : '#fff'};color:${scheme === 'dark' ? '#eee' : '#111'}}
article{max-width:680px;margin:0 auto;padding:1rem}iframe{display:block;width:100%;border:0}</style></head>
<body><article><h1>What a chip cut-off would do</h1><p>An article's paragraph before the embed.</p>${frame}
<p>An article's paragraph after it.</p></article></body></html>`;

const SANDBOXED = host('<iframe id="frame" title="embedded" sandbox="allow-scripts" style="height:900px" src="./embeds/chip-chokehold/chips-domestic/?v=1&chips=domestic&embed=1"></iframe>', 'light');
const LIGHT = host('<iframe id="frame" title="embedded" style="height:1400px" src="./embeds/chip-chokehold/chips-domestic/?v=1&chips=domestic&embed=1"></iframe>', 'light');
const DARK = host('<iframe id="frame" title="embedded" style="height:1400px" src="./steps/chip-chokehold/?v=1&embed=1&chips=domestic&theme=dark"></iframe>', 'dark');

const webkit = browserEngine.name === 'webkit';
const ctx = suite({
  serverOptions: async () => {
    // The deployment's headers (`_headers`: Access-Control-Allow-Origin for the opaque origin's requests, the policy).
    const headers = await distHeaders(DIST);
    return {
      headers,
      extra: { 'sandboxed.html': SANDBOXED, 'light-host.html': LIGHT, 'dark-host.html': DARK, ...EMBED_HOST_FILES },
    };
  },
});

/** Whether the app's stylesheet applies in the current frame: its own font, margins and chart colours. */
const STYLED = `const body = getComputedStyle(document.body);
  const frame = document.querySelector('.pool-frame');
  return { margin: body.margin, font: body.fontFamily, sheets: document.styleSheets.length,
    frameFill: frame ? getComputedStyle(frame).fill : null, title: !!document.querySelector('.embedded-title') }`;

// WebKitGTK matches the policy's 'self' (sent as a header and written in every page as a <meta>) against the
// sandboxed frame's opaque origin, and refuses the app's script: docs/deployment.md says so. Its stylesheet and
// `start.js`, written into the embeddable page and allowed by their hashes, hold there too: the plain page's note,
// its links and its height are tested in every engine.
const webkitSandbox = webkit && "WebKitGTK matches CSP 'self' against a sandboxed frame's opaque origin; only a build with --site-url (naming the origin) starts the app there, and the suite's build has none";

test('a sandboxed embed (sandbox="allow-scripts", an opaque origin) keeps its styles, in every engine', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}sandboxed.html`, { app: false });
  await session.frame(await session.waitFor('#frame'));
  await session.waitFor('.embedded-title', 30000);
  // The app where it starts; in WebKitGTK the readable page (the policy refuses the app's script there).
  if (!webkit) await session.until('return !document.getElementById("static")', { what: 'the app started in the sandbox', ms: 30000 });
  await session.until('return document.readyState === "complete"', { what: 'the frame\'s page loaded' });
  const styled = await session.until(`const s = (() => { ${STYLED} })(); return s.frameFill && s`, { what: 'the chart' });
  await session.frame();
  await session.execute('document.getElementById("frame").scrollIntoView()');
  await shot(session, `embed-sandboxed-${browserEngine.name}`);
  assert.equal(styled.margin, '0px', `the page's own margins are not applied: ${JSON.stringify(styled)}`);
  assert.match(styled.font, /system-ui/, `the app's font is not applied: ${JSON.stringify(styled)}`);
  // Without the stylesheet an SVG shape is filled black.
  assert.notEqual(styled.frameFill, 'rgb(0, 0, 0)', 'the chart is drawn in black blocks');
  const markup = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(markup, /<link[^>]*rel="stylesheet"[^>]*\sintegrity=/, 'the stylesheet needs a CORS request in a sandbox');
  // WebKit's refusals of the app's script and WebAssembly, which is why it shows the readable page (reh23: reported
  // once the frame got that far before the test ended), and nothing else.
  assert.deepEqual(await unexpectedErrors(), []);
});

/**
 * What the pages opened reported, but the refusals a sandboxed plain page is made of: where the frame's opaque origin
 * meets the policy's 'self' (WebKit), the app's own module and WebAssembly are refused, which is why the plain page
 * shows. Anything else is still an error, and the suite's own check after the test sees nothing taken here.
 */
async function unexpectedErrors() {
  const refused = /: CSP (script-src-elem|connect-src) blocked \S+\/ai-gambit-[0-9a-f]+(\.js|_bg\.wasm)$/;
  return (await ctx.browser.errors()).filter((e) => !refused.test(e));
}

// A server that sends no Access-Control-Allow-Origin (python3 -m http.server, as the footer suggests): a sandboxed
// frame may not fetch the app's module and WebAssembly from it. The readers get one quiet, plain line (the step as a
// plain page, a link to the interactive version), no server jargon and no "Try again" that cannot help (journalist
// try 8, B1); its height is the readable page's. In both languages.
test('a sandboxed embed whose server refuses it the app (no Access-Control-Allow-Origin) shows the plain step with a quiet note, and the frame fits it', async () => {
  const { session } = ctx.browser;
  const frameOf = (lang) => `<iframe id="frame" title="embedded" sandbox="allow-scripts allow-popups" style="height:900px" src="./${rootOf(lang)}embeds/chip-chokehold/chips-domestic/?v=1&chips=domestic&embed=1"></iframe>
<script>addEventListener("message",e=>{if(e.data&&e.data.type==="ai-gambit:height")for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})</script>`;
  const extra = Object.fromEntries(LANGUAGES.map((lang) => [`sized-${lang}.html`, host(frameOf(lang), 'light')]));
  const plain = await serveDist(DIST, { extra });
  try {
    for (const lang of LANGUAGES) {
      await named(lang, async () => {
        const load = UI(lang).load;
        await session.goto(`${plain.url}sized-${lang}.html`, { app: false });
        await session.frame(await session.waitFor('#frame'));
        const note = await session.until(`const n = document.getElementById("load-note");
          const title = document.querySelector('.embedded-title');
          return n && { text: n.textContent, role: n.getAttribute('role'), links: [...n.querySelectorAll('a')].map((a) => [a.textContent, a.href, a.target]),
            bar: parseFloat(getComputedStyle(n).borderLeftWidth),
            under: !!(title.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING),
            left: n.getBoundingClientRect().left - title.getBoundingClientRect().left }`, { what: 'a note in the frame', ms: 30000 });
        // No band of blank frame under the step: the host's script sizes the frame when the readable page posts its
        // height, a message and a layout after the note shows, so it is waited for, not read at once (reh28, Firefox:
        // 900 px for 783 px of content, read before the resize landed). A frame that never fits fails, naming both.
        const SIZES = 'return [Math.ceil(document.documentElement.getBoundingClientRect().height), innerHeight]';
        await session.until(`const [c, i] = (() => { ${SIZES} })(); return Math.abs(c - i) <= 2`,
          { what: 'the host to size the frame to its content (content, frame)', seen: SIZES, ms: 5000 });
        await session.frame();
        assert.equal(note.text, `${load.sandboxed}${UI(lang).punctuation.space}${load.sandboxed_link}`, `the frame says: "${note.text}"`);
        // A reader's line under the step's title, on the content's edge (it sat above the title, 8 px to the left).
        assert.ok(note.under, 'the note is above the step\'s title');
        assert.ok(Math.abs(note.left) <= 1, `the note is ${note.left} px off the title's edge`);
        assert.doesNotMatch(note.text, /Access-Control|CORS|header/i, 'server jargon for the readers');
        assert.notEqual(note.role, 'alert', 'the plain page is announced as an error');
        assert.equal(note.bar, 0, 'the note is barred like an alert');
        assert.equal(note.links.length, 1, `the note's links: ${JSON.stringify(note.links)}`);
        const [label, href, target] = note.links[0];
        assert.equal(label, load.sandboxed_link);
        assert.match(href, new RegExp(`/${rootOf(lang)}steps/chip-chokehold/\\?v=1&ask=0&chips=domestic$`), `the interactive version is at ${href}`);
        assert.equal(target, '_blank', 'the interactive version replaces the embed in the article');
        await session.execute('document.getElementById("frame").scrollIntoView()');
        await shot(session, `embed-sandboxed-no-cors-${lang}-${browserEngine.name}`);
      });
    }
    assert.deepEqual(await unexpectedErrors(), []);
  } finally {
    await plain.close();
  }
});

// The same plain page in a frame sandboxed without allow-popups: its links to a new tab would be refused without a
// word. Each shows the address to copy instead, selected, and no tab opens (journalist try 11, #1).
test('in a sandboxed plain page without allow-popups, its links to the interactive version offer the address to copy', async () => {
  const { session } = ctx.browser;
  const frame = `<iframe id="frame" title="embedded" sandbox="allow-scripts" style="height:1200px" src="./embeds/chip-chokehold/chips-domestic/?v=1&chips=domestic&embed=1"></iframe>`;
  const plain = await serveDist(DIST, { extra: { 'no-popups.html': host(frame, 'light') } });
  const handles = async () => (await session.cmd('GET', '/window/handles')).length;
  const before = await handles();
  try {
    for (const link of ['#load-note a', '.open-full a']) {
      await named(link, async () => {
        await session.goto(`${plain.url}no-popups.html`, { app: false });
        await session.frame(await session.waitFor('#frame'));
        await session.waitFor('#load-note a', 30000);
        const href = await session.execute(`return document.querySelector(arguments[0]).href`, [link]);
        await session.click(await session.find(link));
        const offered = await session.until(`const i = document.querySelector(".open-blocked input");
          return i && document.activeElement === i && { value: i.value, selected: document.activeElement === i, label: i.closest("label").textContent.trim() }`,
        { what: 'the address offered to copy, selected' });
        await session.frame();
        assert.equal(await handles(), before, 'a tab opened from a frame sandboxed without allow-popups');
        assert.equal(offered.value, href);
        assert.match(offered.value, /steps\/chip-chokehold\/\?v=1&ask=0&chips=domestic$/, `the address offered: ${offered.value}`);
        assert.ok(offered.selected, 'the address is not selected to copy');
        assert.equal(offered.label, UI().share.open_blocked);
      });
    }
    assert.deepEqual(await unexpectedErrors(), []);
  } finally {
    await plain.close();
  }
});

test('"Open the whole explainer" opens a tab, and where the sandbox forbids it (no allow-popups) offers its address to copy', { skip: webkitSandbox }, async () => {
  const { session } = ctx.browser;
  const handles = async () => (await session.cmd('GET', '/window/handles')).length;
  const before = await handles();
  for (const [page, sandboxed] of [['sandboxed.html', true], ['light-host.html', false]]) {
    await named(page, async () => {
      await session.goto(`${ctx.server.url}${page}`, { app: false });
      await session.frame(await session.waitFor('#frame'));
      // The app's link, not the readable page's (the embeddable page's holds the same link, without its handler).
      await session.until('return !document.getElementById("static") && !!document.querySelector(".open-full a")', { what: 'the app started in the frame', ms: 30000 });
      await session.click(await session.find('.open-full a'));
      if (sandboxed) {
        const offered = await session.until('const i = document.querySelector(".open-blocked input"); return i && [i.value, document.activeElement === i]',
          { what: 'the address offered to copy' });
        await session.frame();
        assert.equal(await handles(), before, 'a tab opened from a frame sandboxed without allow-popups');
        assert.match(offered[0], /^https?:\/\/[^/]+\/.*steps\/chip-chokehold\/\?v=1&ask=0&chips=domestic$/, `the address offered: ${offered[0]}`);
        assert.ok(offered[1], 'the address is not selected to copy');
      } else {
        const shown = await session.execute('return !!document.querySelector(".open-blocked")');
        await session.frame();
        let opened = false;
        for (const deadline = Date.now() + 5000; !opened && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
          opened = await handles() > before;
        }
        assert.ok(opened, 'no tab opened');
        assert.equal(shown, false, 'the address was offered though the tab opened');
        // Close the new tab and come back.
        const current = await session.cmd('GET', '/window');
        for (const handle of (await session.cmd('GET', '/window/handles')).filter((h) => h !== current)) {
          await session.cmd('POST', '/window', { handle });
          await session.cmd('DELETE', '/window');
        }
        await session.cmd('POST', '/window', { handle: current });
      }
    });
  }
});

test('an embed is light unless the writer asks: a dark reader sees no dark slab in a white article', async () => {
  const { session } = ctx.browser;
  const background = 'return getComputedStyle(document.body).backgroundColor';
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) < 3 * 128;
  // The reader's system prefers dark (Chromium can pretend so; the other engines run light, which proves less).
  await session.cmd('POST', '/goog/cdp/execute', {
    cmd: 'Emulation.setEmulatedMedia', params: { features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  }).catch(() => {});
  await phone(session);
  try {
    for (const [page, wanted] of [['light-host.html', 'light'], ['dark-host.html', 'dark']]) {
      await named(page, async () => {
        await session.goto(`${ctx.server.url}${page}`, { app: false });
        const frame = await session.waitFor('#frame');
        await session.frame(frame);
        await session.waitFor('.embedded-title', 30000);
        const colour = await session.execute(background);
        const wide = await session.execute('return document.documentElement.scrollWidth <= innerWidth');
        await session.frame();
        assert.equal(dark(colour), wanted === 'dark', `${colour} in a ${wanted} article`);
        // Dark, it is the dark article's near-black, not a bluish slab in it.
        const article = await session.execute(background);
        const apart = Math.max(...colour.match(/\d+/g).slice(0, 3).map((c, i) => Math.abs(c - article.match(/\d+/g)[i])));
        assert.ok(apart <= 4, `the embed's ${colour} stands out of the article's ${article} by ${apart} levels`);
        assert.ok(wide, 'the embed scrolls sideways in a phone column');
        await session.execute('document.getElementById("frame").scrollIntoView()');
        await shot(session, `embed-${wanted}-host-phone-390`);
      });
    }
  } finally {
    await noPhone(session);
  }
});

/** The colour of the pixel at (`x`, `y`) of a PNG (8-bit RGB or RGBA, not interlaced, as WebDriver's screenshots are). */
function pixelAt(png, x, y) {
  const chunks = [];
  let width = 0, colourType = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, colourType] = [body.readUInt32BE(0), body[9]];
    if (type === 'IDAT') chunks.push(body);
    at += 12 + length;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * bpp;
  let previous = Buffer.alloc(stride);
  let row;
  for (let r = 0; r <= y; r++) {
    const filter = raw[r * (stride + 1)];
    row = Buffer.from(raw.subarray(r * (stride + 1) + 1, (r + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? row[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const add = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      row[i] = (row[i] + add) & 255;
    }
    previous = row;
  }
  return [...row.subarray(x * bpp, x * bpp + 3)];
}

// The embed panel's "The article's own (transparent)": the frame paints no background, and a dark article whose
// colour is not the dark theme's (#15171a here) shows through, with no box around the step (journalist try 11, #4).
// The default keeps the page's own background.
test('a code with the article\'s own background (transparent) lets a dark article show through the frame', async () => {
  const { session } = ctx.browser;
  const ARTICLE = [0x15, 0x17, 0x1a];
  for (const transparent of [true, false]) {
    await named(transparent ? 'transparent' : 'its own', async () => {
      await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&chips=domestic`);
      await session.waitFor('main h2');
      await session.click(await session.find('.embed-code summary'));
      await session.click(await session.find('.embed-colours input[value=dark]'));
      if (transparent) await session.click(await session.find('.embed-background input[value=transparent]'));
      const code = await session.execute('return document.querySelector(".embed-code textarea").value');
      assert.equal(/bg=transparent/.test(code), transparent, code);
      // The frame held taller than the step (no host script), so that its bottom is blank page.
      const frame = code.split('<script>')[0].replace('<iframe ', '<iframe id="frame" ').replace(/height:[^"]*"/, 'height:1300px"');
      await session.goto(`${ctx.server.url}blank-host.html`, { app: false });
      await session.execute(`document.body.innerHTML = '<article style="max-width:680px;margin:0 auto;padding:1rem">' + arguments[0] + '</article>';
        document.body.style.background = '#15171a'; document.getElementById('frame').style.display = 'block'`, [frame]);
      await session.frame(await session.waitFor('#frame'));
      await session.until('return !document.getElementById("static")', { what: 'the app started in the frame', ms: 30000 });
      const inside = await session.execute('return [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]');
      await session.frame();
      const [x, y, ratio] = await session.execute(`const f = document.getElementById('frame'); f.scrollIntoView({ block: 'end' });
        const r = f.getBoundingClientRect(); return [r.left + 20, r.bottom - 20, devicePixelRatio]`);
      // Read off the screen once it shows what is expected, for up to two seconds: WebKit can hand out a screenshot
      // before it has repainted the frame scrolled into view (reh25: the frame's earlier, opaque paint), so one look
      // is a race. What was seen last is what a failure names.
      const expected = (apart) => (transparent ? apart <= 2 : apart > 2);
      let seen = [], apart = 0;
      for (let tries = 0; tries < 10; tries++) {
        const png = Buffer.from(await session.cmd('GET', '/screenshot'), 'base64');
        seen = pixelAt(png, Math.round(x * ratio), Math.round(y * ratio));
        apart = Math.max(...seen.map((c, i) => Math.abs(c - ARTICLE[i])));
        if (expected(apart)) break;
        await new Promise((done) => setTimeout(done, 200));
      }
      await shot(session, `embed-dark-article-${transparent ? 'transparent' : 'own'}-${browserEngine.name}`);
      if (transparent) {
        assert.deepEqual(inside, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'the page paints a background');
        assert.ok(apart <= 2, `the frame shows rgb(${seen}) over the article's rgb(${ARTICLE}): a box`);
      } else {
        assert.ok(apart > 2, `the frame's own background rgb(${seen}) is the article's: the test cannot tell`);
      }
    });
  }
});

test('inside an embed Tab follows the eye: the step\'s control, then the outcomes and their "Why?", then the figures\' CSV (WCAG 2.4.3)', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  await session.goto(`${ctx.server.url}steps/${CHARTED.id}/?v=1&embed=1&chips=domestic`);
  await session.waitFor('main.embedded .outcomes .why summary');
  await session.execute('document.activeElement?.blur(); window.scrollTo(0, 0)');
  // What each Tab reaches: its kind and where it sits on the page (its top, scroll included).
  const FOCUSED = `const e = document.activeElement; if (!e || e === document.body) return null;
    const kind = e.closest('main.embedded .control') ? 'control' : e.closest('main.embedded .why') ? 'why'
      : e.closest('main.embedded .outcomes .download, main.embedded .outcomes .csv-text') ? 'csv' : 'other';
    return { kind, top: Math.round(e.getBoundingClientRect().top + scrollY), text: e.textContent.trim().slice(0, 40) || e.outerHTML.slice(0, 60) }`;
  const reached = [];
  for (let i = 0; i < 30; i++) {
    await keys(session, KEYS.Tab);
    const seen = await session.execute(FOCUSED);
    if (!seen) break;
    if (reached.length && seen.kind === reached[0].kind && seen.top === reached[0].top && seen.text === reached[0].text) break;
    reached.push(seen);
    if (seen.kind === 'csv') break;
  }
  const order = reached.map((r) => r.kind);
  const first = (kind) => order.indexOf(kind);
  assert.ok(first('control') >= 0 && first('why') >= 0 && first('csv') >= 0, `Tab did not reach the control, a "Why?" and the CSV: ${JSON.stringify(reached)}`);
  assert.ok(first('control') < first('why') && first('why') < first('csv'), `Tab reaches ${order.join(' → ')}`);
  // Every move goes down the page or along a row, never back up to something above.
  reached.slice(1).forEach((r, i) => assert.ok(r.top >= reached[i].top - 4, `Tab goes back up from "${reached[i].text}" (${reached[i].top} px) to "${r.text}" (${r.top} px)`));
});

test('controls=0 keeps the outcome bars: a locked scenario with its figures, named', async () => {
  const { session } = ctx.browser;
  const figures = async (query) => {
    await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1&embed=1&chips=domestic${query}`);
    await session.waitFor('.embedded-title');
    return session.execute(`return { bars: [...document.querySelectorAll('.outcomes .outcome')].map((o) => [o.dataset.outcome, o.dataset.value]),
      inputs: document.querySelectorAll('main input').length, line: document.querySelector('.scenario-line')?.textContent ?? '',
      reset: !!document.querySelector('.scenario-reset') }`);
  };
  const open = await figures('');
  const locked = await figures('&controls=0');
  assert.ok(open.inputs > 0, 'the open embed has no controls');
  assert.equal(locked.inputs, 0, 'controls=0 still shows controls');
  assert.ok(locked.bars.length > 0, 'controls=0 shows no outcome bars');
  assert.deepEqual(locked.bars, open.bars, 'the locked embed shows other figures');
  // Compute access under chips cut off, as the model gives it beside the controls.
  assert.ok(locked.bars.some(([id]) => id === 'compute'), `no ${OUTCOMES.compute.label} bar`);
  const chips = setting('chips', 'domestic');
  assert.ok(locked.line.includes(chips), `the locked scenario is not named: "${locked.line}"`);
  assert.equal(locked.reset, false, 'a locked embed offers a way back to 2025');
});

test('a CMS that strips the script keeps the credit and its link in sight, on a phone too', async () => {
  const { session } = ctx.browser;
  const STEPS = await read('data/steps.json');
  await phone(session);
  try {
    for (const { id, embed_height: heights } of STEPS.filter((s) => s.controls?.length)) {
      await named(id, async () => {
        await session.goto(`${ctx.server.url}light-host.html`, { app: false });
        // The iframe alone, at the code's height, as the panel writes it.
        await session.execute(`const f = document.getElementById('frame'); f.style.height = ''; f.setAttribute('height', arguments[1]);
          f.src = './steps/' + arguments[0] + '/?v=1&embed=1'`, [id, Math.max(heights.controls, heights.phone_controls)]);
        await session.frame(await session.waitFor('#frame'));
        // The frame's new page (its address names the step), loaded, with its credit's link: not the host's first
        // page, nor the new one half written (Firefox measured both in rehearsals).
        const link = await session.until(`const a = document.querySelector(".open-full a");
          return location.pathname.includes('/' + arguments[0] + '/') && document.readyState === 'complete' && a
            && { bottom: a.getBoundingClientRect().bottom, height: innerHeight }`,
        { args: [id], what: `the embedded ${id} with its credit's link`, ms: 30000,
          seen: 'return [location.href, document.readyState, !!document.querySelector(".open-full a")]' });
        await session.frame();
        assert.ok(link.bottom > 0 && link.bottom <= link.height, `the credit's link ends at ${Math.round(link.bottom)}px in a ${link.height}px frame`);
      });
    }
  } finally {
    await noPhone(session);
  }
});

test('a frame held at a fixed height (its host\'s script stripped) never scrolls inside: no "Why?" to open, and a changed scenario still fits, the caveat in view', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  const code = (await codeOf(session, ctx.server.url, CHARTED.id, true, '&chips=domestic')).replace(/<script>[\s\S]*<\/script>/, '');
  const options = Object.keys(text('assumptions.json').chips.options);
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await named(`${width} px screen`, async () => {
      if (width === 390) await phone(session); else await viewport(session, width, height);
      try {
        await session.goto(`${ctx.server.url}blank-host.html`, { app: false });
        await session.execute('document.body.innerHTML = `<article style="max-width:680px;margin:0 auto;padding:0 16px">${arguments[0]}</article>`', [code]);
        await session.frame(await session.waitFor('iframe'));
        await session.until('return !document.getElementById("static") && !!document.querySelector("main.embedded .control input")', { what: 'the app started in the frame', ms: 30000 });
        const FIT = `const root = document.documentElement; const note = document.querySelector('.model-note').getBoundingClientRect();
          return { over: root.scrollHeight - innerHeight, note: Math.round(note.bottom - innerHeight),
            caveat: document.querySelector('.model-note').innerText.trim(),
            whys: [...document.querySelectorAll('.why')].filter((w) => getComputedStyle(w).visibility !== 'hidden').length }`;
        const before = await session.execute(FIT);
        assert.equal(before.whys, 0, 'a "Why?" shows in a frame its host does not size: opened, it would push the caveat out of view');
        // The caveat says what the frame offers: no "Why?" to open (journalist try 8, friction 4).
        assert.equal(before.caveat, UI().model_note_fixed, 'the caveat sends readers to a "Why?" the frame does not show');
        // Every option of the step's assumption in turn: the frame's height fits each.
        for (const option of options) {
          await session.execute('document.querySelector(`main.embedded .control input[value="${arguments[0]}"]`)?.click()', [option]);
          // Chosen, and the layout the same on two reads in a row (the frame does not grow: nothing to wait for).
          await session.until(`const input = document.querySelector('main.embedded .control input[value="' + arguments[0] + '"]');
            if (!input || !input.checked) return false;
            const now = document.documentElement.scrollHeight + ' ' + document.querySelector('.model-note').getBoundingClientRect().bottom;
            const still = window.__fitRead === now; window.__fitRead = now; return still;`, { args: [option], what: `${option} chosen, the layout still` });
          const seen = await session.execute(FIT);
          assert.ok(seen.over <= 1 && seen.note <= 0, `${option}: the content overflows the frame by ${seen.over} px, the caveat ends ${seen.note} px below it`);
        }
        await session.frame();
      } finally {
        await noPhone(session);
      }
    });
  }
});

// Journalist try 8, friction 4: where the frame shows no "Why?" the caveat does not tell readers to open one; where
// it does (the app running, its host sizing the frame), it still does. In both languages.
test('the caveat under the bars offers "Why?" only where the frame shows it, in both languages', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  for (const lang of LANGUAGES) {
    for (const scripted of [false, true]) {
      await named(`${lang}, ${scripted ? 'the app sized by its host' : 'no script in the frame'}`, async () => {
        const frame = scripted
          ? `<iframe id="frame" title="embedded" style="height:1400px;width:100%" src="${rootOf(lang)}embeds/${CHARTED.id}/?v=1&embed=1"></iframe>`
          : `<iframe id="frame" title="embedded" sandbox="" style="height:1400px;width:100%" src="${rootOf(lang)}embeds/${CHARTED.id}/"></iframe>`;
        await session.goto(`${ctx.server.url}blank-host.html`, { app: false });
        await session.execute(`document.body.innerHTML = arguments[0];
          addEventListener("message", (e) => { if (e.data && e.data.type === "ai-gambit:height") document.getElementById("frame").style.height = e.data.height + "px"; })`, [frame]);
        await session.frame(await session.waitFor('#frame'));
        if (scripted) await session.until('return !document.getElementById("static") && document.documentElement.hasAttribute("data-host-sized")', { what: 'the app sized by its host', ms: 30000 });
        else await session.waitFor('.model-note', 10000);
        await session.until('return document.readyState === "complete"', { what: 'the frame\'s page loaded' });
        const seen = await session.execute(`return { caveat: document.querySelector('.model-note').innerText.trim(),
          whys: [...document.querySelectorAll('.why')].filter((w) => getComputedStyle(w).visibility !== 'hidden').length }`);
        await session.frame();
        const ui = UI(lang);
        assert.equal(seen.whys > 0, scripted, `"Why?" shown: ${seen.whys}`);
        assert.equal(seen.caveat, scripted ? ui.model_note : ui.model_note_fixed);
      });
    }
  }
});

/** The address an embed code's frame opens, unescaped. */
const srcOf = (code) => /<iframe src="([^"]*)"/.exec(code)[1].replaceAll('&amp;', '&');

test('a frame without scripts shows the embedded view, not the site\'s page, and fits a phone\'s column', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  for (const controls of [true, false]) {
    await named(`controls ${controls ? 'on' : 'off'}`, async () => {
      const code = await codeOf(session, ctx.server.url, CHARTED.id, controls);
      // The code as a CMS that sandboxes frames without scripts has it: the frame's script never runs.
      // At the code's own heights: its attribute, and its CSS height, which follows the screen's width.
      const style = /style="([^"]*)"/.exec(code)[1];
      const frame = `<iframe id="frame" title="embedded" sandbox="allow-same-origin" height="${heightOf(code)}" style="${style}" src="${srcOf(code)}"></iframe>`;
      for (const [width, height] of [[390, 844], [1280, 800]]) {
        if (width === 390) await phone(session); else await viewport(session, width, height);
        try {
          await session.goto(`${ctx.server.url}blank-host.html`, { app: false });
          await session.execute(`document.body.innerHTML = '<article style="max-width:680px;margin:0 auto;padding:1rem">' + arguments[0] + '</article>';
            document.getElementById('frame').style.cssText += ';display:block;width:100%;border:0'`, [frame]);
          await session.frame(await session.waitFor('#frame'));
          await session.waitFor('.embedded-title', 10000);
          // Its stylesheet loaded too (Firefox hands out the page before its styles).
          await session.until('return document.readyState === "complete"', { what: 'the frame\'s page loaded' });
          const seen = await session.execute(`const r = (s) => document.querySelector(s)?.getBoundingClientRect();
            const link = document.querySelector('.open-full a');
            return { site: ['.masthead', '.progress-list', '.static-steps', '.colophon', '.step-body ~ .reading'].filter((s) => document.querySelector(s)),
              title: document.querySelector('.embedded-title').textContent, link: link?.getAttribute('href'), linkBottom: r('.open-full a')?.bottom,
              note: document.querySelector('.no-script-note')?.textContent ?? '', address: document.querySelector('.no-script-note a')?.textContent ?? '',
              view: !!document.querySelector('main.embedded figure.view svg'), bars: document.querySelectorAll('main.embedded .outcomes .outcome').length,
              scripted: !!document.querySelector('main.embedded .controls'),
              whys: [...document.querySelectorAll('.why')].filter((w) => getComputedStyle(w).visibility !== 'hidden').length,
              caveat: document.querySelector('.model-note')?.innerText.trim(),
              csv: [...document.querySelectorAll('main.embedded .download')].filter((d) => d.getBoundingClientRect().height > 0).length,
              background: getComputedStyle(document.body).backgroundColor, linkColour: link && getComputedStyle(link).color,
              wide: document.documentElement.scrollWidth - innerWidth, tall: Math.ceil(document.documentElement.getBoundingClientRect().height), inner: innerHeight }`);
          await session.frame();
          const where = `${width} px wide`;
          assert.deepEqual(seen.site, [], `${where}: the site's page shows in the frame`);
          assert.equal(seen.scripted, false, `${where}: the app ran in a frame without scripts`);
          assert.equal(seen.title, title(CHARTED.id), where);
          assert.ok(seen.link?.endsWith(`steps/${CHARTED.id}/?v=1&ask=0`), `${where}: "Open the whole explainer" leads to ${seen.link}`);
          // It says it shows 2025, as the link's scenario needs the script, and gives the explainer's address as text.
          assert.ok(seen.note.startsWith(UI().share.embed_no_script), `${where}: the frame does not say it shows 2025: "${seen.note}"`);
          assert.ok(seen.address.endsWith(`steps/${CHARTED.id}/?v=1&ask=0`) && seen.note.endsWith(seen.address), `${where}: no address as text: "${seen.note}"`);
          assert.ok(seen.linkBottom > 0 && seen.linkBottom <= seen.inner, `${where}: the credit's link ends at ${seen.linkBottom} px`);
          assert.ok(seen.view, `${where}: no view`);
          assert.ok(seen.bars > 0, `${where}: no outcome bars`);
          assert.equal(seen.background, 'rgb(255, 255, 255)', `${where}: the frame is not white like the article`);
          assert.notEqual(seen.linkColour, 'rgb(0, 0, 238)', `${where}: the link is in the browser's default blue`);
          assert.ok(seen.wide <= 0, `${where}: the embed scrolls sideways by ${seen.wide} px`);
          // The whole view fits the code's height, as the app's does: in the article's column, and on a phone at the
          // code's CSS height there (a locked code's frame overflowed by about 100 px: journalist try 7).
          assert.ok(seen.tall <= seen.inner, `${where}: ${seen.tall} px of content in a ${seen.inner} px frame`);
          // Nothing that cannot work, or would grow the frame: no "Why?" to open, no CSV link.
          assert.equal(seen.whys, 0, `${where}: a "Why?" shows in a frame without script`);
          assert.equal(seen.caveat, UI().model_note_fixed, `${where}: the caveat sends readers to a "Why?" the frame does not show`);
          assert.equal(seen.csv, 0, `${where}: a CSV link that cannot work without script`);
          await session.execute('document.getElementById("frame").scrollIntoView()');
          await shot(session, `embed-noscript-${controls ? 'controls' : 'view'}-${width}`);
          // The engine says it blocked the frame's script, as it should; anything else is an error.
          const unexpected = (await ctx.browser.errors()).filter((e) => !/sandboxed|allow-scripts/.test(e));
          assert.deepEqual(unexpected, [], `${where}: errors in the frame`);
        } finally {
          await noPhone(session);
        }
      }
    });
  }
});

test('a frame without scripts shows the scenario and the colours its code sets, with the figures the app shows for them', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  const chips = text('assumptions.json').chips;
  // The option furthest from 2025 that a writer picks on the step: the model's last one.
  const option = Object.keys(chips.options).at(-1);
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) < 3 * 128;
  // Light and dark with the controls, and light locked (`controls=0`: its code's height is the shorter view's).
  for (const [theme, controls] of [['light', true], ['dark', true], ['light', false]]) {
    for (const [width, height] of [[390, 844], [1280, 800]]) {
      await named(`${theme}, controls ${controls ? 'on' : 'off'}, ${width} px wide`, async () => {
        const code = await codeOf(session, ctx.server.url, CHARTED.id, controls, `&chips=${option}`);
        // The figures the app shows for this scenario.
        const figures = await session.execute(`return Object.fromEntries([...document.querySelectorAll('.outcome[data-outcome]')]
          .map((o) => [o.dataset.outcome, o.dataset.value]))`);
        let src = srcOf(code);
        if (theme === 'dark') {
          await session.click(await session.find('.embed-colours input[value=dark]'));
          src = srcOf(await session.execute('return document.querySelector(".embed-code textarea").value'));
        }
        assert.match(src, new RegExp(`/embeds/${CHARTED.id}/chips-${option}${theme === 'dark' ? '-dark' : ''}/\\?`), src);
        // No script in the frame: `sandbox=""` as the journalist tried it (an opaque origin, whose page's own
        // stylesheet, written in, holds in WebKit too), at the code's own heights (its attribute, and its CSS
        // height, which follows the screen's width).
        const style = /style="([^"]*)"/.exec(code)[1];
        const frame = `<iframe id="frame" title="embedded" sandbox="" height="${heightOf(code)}" style="${style}" src="${src}"></iframe>`;
        if (width === 390) await phone(session); else await viewport(session, width, height);
        try {
          await session.goto(`${ctx.server.url}blank-host.html`, { app: false });
          await session.execute(`document.body.innerHTML = '<article style="max-width:680px;margin:0 auto;padding:1rem">' + arguments[0] + '</article>';
            document.body.style.background = arguments[1];
            document.getElementById('frame').style.cssText += ';display:block;width:100%;border:0'`, [frame, theme === 'dark' ? '#111' : '#fff']);
          await session.frame(await session.waitFor('#frame'));
          await session.waitFor('.embedded-title', 10000);
          await session.until('return document.readyState === "complete"', { what: 'the frame\'s page loaded' });
          const seen = await session.execute(`return { theme: document.documentElement.dataset.theme ?? null,
            background: getComputedStyle(document.body).backgroundColor, line: document.querySelector('.scenario-line')?.textContent ?? '',
            note: document.querySelector('.no-script-note')?.textContent ?? '', link: document.querySelector('.open-full a')?.getAttribute('href'),
            scripted: !!document.querySelector('main.embedded .controls'),
            tall: Math.ceil(document.documentElement.getBoundingClientRect().height), inner: innerHeight,
            figures: Object.fromEntries([...document.querySelectorAll('.outcome[data-outcome]')].map((o) => [o.dataset.outcome, o.dataset.value])) }`);
          await session.frame();
          await shot(session, `embed-noscript-${theme}-${controls ? 'controls' : 'locked'}-${option}-${width}`);
          assert.equal(seen.scripted, false, 'the app ran in a frame without scripts');
          // The whole step fits the code's height (a locked code's frame overflowed a phone by about 100 px: journalist try 7).
          assert.ok(seen.tall <= seen.inner, `${seen.tall} px of content in a ${seen.inner} px frame`);
          assert.equal(seen.theme, theme);
          assert.equal(dark(seen.background), theme === 'dark', `the frame's background: ${seen.background}`);
          assert.ok(seen.line.includes(chips.options[option].label), `the scenario line: "${seen.line}"`);
          assert.ok(seen.note.startsWith(UI().share.embed_no_script_fixed), `the note: "${seen.note}"`);
          assert.ok(seen.link?.endsWith(`steps/${CHARTED.id}/?v=1&ask=0&chips=${option}`), `"Open the whole explainer" leads to ${seen.link}`);
          assert.ok(Object.keys(seen.figures).length > 0, 'no figures');
          for (const [outcome, value] of Object.entries(seen.figures)) {
            assert.equal(value, figures[outcome], `${outcome}: ${value} without script, ${figures[outcome]} in the app`);
          }
        } finally {
          await noPhone(session);
        }
      });
    }
  }
});

test('in a frame that may not save files, "Download these figures" shows them as text to copy', { skip: webkitSandbox }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}sandboxed.html`, { app: false });
  await session.frame(await session.waitFor('#frame'));
  // The app's button, not the one held hidden in its place on the readable page before it starts.
  await session.waitFor('body:not(:has(#static)) .outcomes .download button', 30000);
  await session.click(await session.find('.outcomes .download button'));
  const shown = await session.until(`const t = document.querySelector('.csv-text textarea');
    const label = t?.closest('label').textContent ?? '';
    return t && [label.slice(0, label.length - t.textContent.length).trim(), t.value, document.activeElement === t]`, { what: 'the figures as text' });
  await session.frame();
  assert.equal(shown[0], UI().download.blocked);
  const [header, ...rows] = shown[1].trim().split('\n');
  assert.equal(header.split(',')[0], UI().download.columns[0], `the text's first line: ${header}`);
  assert.ok(rows.length > 0, 'no figures in the text');
  assert.ok(shown[2], 'the text is not selected to copy');
  // Outside a sandbox the file saves, with its confirmation, and no text is shown.
  await session.goto(`${ctx.server.url}light-host.html`, { app: false });
  await session.frame(await session.waitFor('#frame'));
  // The app's button, not the one held hidden in its place on the readable page before it starts.
  await session.waitFor('body:not(:has(#static)) .outcomes .download button', 30000);
  await session.click(await session.find('.outcomes .download button'));
  // Saved: its confirmation shows (the save is done, the fallback would have come with it), and no text is shown.
  const saved = UI().download.saved.split('{file}')[0];
  await session.until('return document.body.innerText.includes(arguments[0])', { args: [saved], what: `"${saved}" after the download` });
  const text = await session.execute('return !!document.querySelector(".csv-text")');
  await session.frame();
  assert.equal(text, false, 'the figures shown as text outside a sandbox');
});

test('a confirmation shows beside the button that caused it, announced, in both languages, on a phone too', async () => {
  const { session } = ctx.browser;
  const CHARTED = stepWith({ view: 'chips', control: 'chips' });
  // The clipboard always accepts, and a download is recorded, not made.
  const STUB = `Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.resolve() } });
    window.saved = []; HTMLAnchorElement.prototype.click = function () { window.saved.push(this.download); };`;
  // The live region that says `text`, and how far it is from the button named `label`.
  const NEAR = `const [label, text] = arguments;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
    const said = [...document.querySelectorAll('[role=status]')].find((s) => s.textContent.includes(text));
    if (!button || !said) return null;
    const b = button.getBoundingClientRect(), t = said.getBoundingClientRect();
    return { gapY: Math.max(0, t.top - b.bottom, b.top - t.bottom), gapX: Math.max(0, t.left - b.right, b.left - t.right),
      inside: t.left >= 0 && t.right <= innerWidth, live: said.getAttribute('role') }`;
  for (const lang of LANGUAGES) {
    const ui = UI(lang);
    for (const width of [1280, 390]) {
      await named(`${lang}, ${width} px`, async () => {
        if (width === 390) await phone(session); else await viewport(session, 1280, 800);
        try {
          await session.goto(`${ctx.server.url}${rootOf(lang)}?v=1&step=${CHARTED.id}&chips=domestic`);
          await session.waitFor('.outcomes .download button');
          await session.execute(STUB);
          await session.click(await session.find('.embed-code summary'));
          const file = `ai-gambit-${CHARTED.id}-chips-domestic.csv`;
          for (const [label, text] of [[ui.share.copy_link, ui.share.copied], [ui.share.copy_code, ui.share.code_copied],
            [ui.download.csv, fill(ui.download.saved, { file })]]) {
            await session.execute(`const [label] = arguments; const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
              b.scrollIntoView({ block: 'center' }); b.click()`, [label]);
            const near = await session.until(NEAR, { args: [label, text], what: `"${text}" after "${label}"` });
            assert.ok(near.gapY <= 8 && near.gapX <= 8, `"${text}" is ${near.gapX} px aside and ${near.gapY} px away from "${label}"`);
            assert.ok(near.inside, `"${text}" runs off the screen`);
            assert.equal(near.live, 'status', `"${text}" is not announced`);
            if (width === 390 && label === ui.download.csv) await shot(session, `toast-csv-${lang}-390`);
          }
        } finally {
          await noPhone(session);
        }
      });
    }
  }
});
