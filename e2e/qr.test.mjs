// Scan to open: the QR codes of the share panel, of present mode and of the handout decode to the link of what is
// on screen, and follow it when the scenario changes. Decoded in the browser by jsQR (a decoder written apart from
// the encoder): the SVG as shown is drawn on a canvas at eight pixels a module. The app's pages forbid data: images
// (their CSP), so the drawing happens on a blank test page of the same server.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite } from './support/suite.mjs';
import { keys } from './support/webdriver.mjs';
import { MODEL, stepWith } from './support/content.mjs';

const DECODER = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QR decoder</title><link rel="icon" href="data:,"></head><body></body></html>';
const ctx = suite({ serverOptions: async () => ({ extra: { 'qr-decoder.html': DECODER } }) });
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const RIPPLE = stepWith({ view: 'ripple', control: 'tiktok' });
const PRESET = MODEL.presets.find((p) => p.choices?.chips);
const JSQR = await readFile(new URL('./node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');

/**
 * The markup of the QR code under `css` and the link written under it, once the address bar says that link (less
 * its `present=1`: the slides' code opens the step for students, never the slides).
 */
async function shownCode(session, css) {
  return session.until(`const svg = document.querySelector('${css} svg');
    const link = document.querySelector('${css}')?.closest('.qr-code, .handout-header')?.querySelector('.qr-link, .handout-link span')?.textContent;
    return svg && link && location.href.replace('&present=1', '') === link ? { svg: svg.outerHTML, link } : null`, { what: `the QR code of ${css} and the address agreeing` });
}

/** What jsQR reads from each of `codes` (markup), on the decoder page. */
async function decode(session, codes) {
  await session.goto(`${ctx.server.url}qr-decoder.html`, { app: false });
  await session.execute(`var exports = {}; var module = { exports: exports }; ${JSQR}; window.jsQR = module.exports;`);
  return session.executeAsync(`const [codes, done] = arguments;
    const read = (markup) => new Promise((resolve) => {
      const size = Number(markup.match(/viewBox="0 0 (\\d+) /)[1]) * 8;
      const img = new Image();
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const g = canvas.getContext('2d');
        g.imageSmoothingEnabled = false;
        g.drawImage(img, 0, 0, size, size);
        const found = window.jsQR(g.getImageData(0, 0, size, size).data, size, size);
        resolve(found ? found.data : 'nothing found');
      };
      img.onerror = () => resolve('the image did not load');
      const sized = markup.replace('<svg ', '<svg width="' + size + '" height="' + size + '" ');
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(sized);
    });
    Promise.all(codes.map(read)).then(done);`, [codes]);
}

test('the share panel\'s QR code decodes to the current link, and follows the scenario', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
  await session.goto(`${ctx.server.url}?v=1&step=${CHARTED.id}`);
  await session.click(await session.find('.qr-panel summary'));
  const first = await shownCode(session, '.qr-share');
  assert.ok(first.link.endsWith(`/steps/${CHARTED.id}/?v=1`), first.link);
  assert.equal(await session.execute('return document.querySelector(".qr-share svg").getAttribute("role")'), 'img');
  assert.ok(await session.execute('return document.querySelector(".qr-share svg").getAttribute("aria-label").length > 10'));
  await session.click(await session.find('input[name="assumption-chips"][value="domestic"]'));
  await session.until('return location.search.includes("chips=domestic")', { what: 'the address following the scenario' });
  const second = await shownCode(session, '.qr-share');
  assert.match(second.link, /chips=domestic/);
  assert.notEqual(second.svg, first.svg);
  assert.deepEqual(await decode(session, [first.svg, second.svg]), [first.link, second.link]);
});

test('present mode shows a QR code of the slide\'s link on Q, over the slide and most of the screen, and it follows the scenario', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 1280, height: 800 }).catch(() => {});
  await session.goto(`${ctx.server.url}?v=1&step=${RIPPLE.id}&present=1`);
  await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
  assert.equal(await session.execute('return !!document.querySelector(".present-qr")'), false, 'the QR code shows before it is asked for');
  await session.execute('document.activeElement.blur()');
  await keys(session, 'q');
  const first = await shownCode(session, '.qr-present');
  assert.doesNotMatch(first.link, /present=/, 'students\' phones would open the slides');
  assert.match(first.link, /\/steps\/tiktok-shadow\/\?v=1/);
  // Laid over the slide while it is up (beside it, in a column, it shrank the slide: the teacher's eighth try).
  const box = await session.execute(`const q = document.querySelector('.present-qr svg').getBoundingClientRect();
    return { side: q.width, shorter: Math.min(innerWidth, innerHeight) }`);
  assert.ok(box.side >= box.shorter * 0.6, `the code is ${Math.round(box.side)} px on a screen ${box.shorter} px high`);
  // Closed (Q), the scenario changed on the slide, opened again: the code follows it.
  await keys(session, 'q');
  await session.until('return !document.querySelector(".present-qr")', { what: 'the code closed' });
  await session.click(await session.find('input[name="assumption-tiktok"][value="ban"]'));
  await session.until('return location.search.includes("tiktok=ban")', { what: 'the address following the scenario' });
  await session.execute('document.activeElement.blur()');
  await keys(session, 'q');
  const second = await shownCode(session, '.qr-present');
  assert.deepEqual(await decode(session, [first.svg, second.svg]), [first.link, second.link]);
});

test('the handout carries the QR code of the scenario it was printed for', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=${CHARTED.id}&page=handout&preset=${PRESET.id}`);
  await session.waitFor('.handout .qr-handout svg');
  const { svg, link } = await session.execute(`return { svg: document.querySelector('.qr-handout svg').outerHTML,
    link: document.querySelector('.handout-link span').textContent }`);
  assert.ok(link.includes(`/steps/${CHARTED.id}/?v=1&chips=${PRESET.choices.chips}`), link);
  assert.doesNotMatch(link, /page=handout/);
  assert.deepEqual(await decode(session, [svg]), [link]);
});
