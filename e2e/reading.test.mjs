// What a reader meets first: the step list names its steps, outcome rows keep their parts apart and their bars on
// one scale, every label drawn in a chart stays inside its box and inside the chart, at a phone's, a laptop's and a
// large screen's width, and on a phone a chart's smallest label is still drawn at a readable size.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support/suite.mjs';
import { LANGUAGES, ORDER, rootOf, stepWith, title } from './support/content.mjs';

// A page of frames, for the embedded steps: each step in a frame the size of the window, all opened at once.
const FRAMES = '<!DOCTYPE html><html lang="en"><head><title>Frames</title><link rel="icon" href="data:,"></head><body></body></html>';
const ctx = suite({ serverOptions: async () => ({ extra: { 'frames.html': FRAMES } }) });
const PHONE = 390;
const WIDTHS = [PHONE, 1280, 1920];
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const SPENDING = stepWith({ view: 'spending' });

async function open(query, width = 1280) {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width, height: 900 }).catch(() => {});
  await session.goto(ctx.server.url + query);
  await session.waitFor('main h2, .embedded-title');
  return session;
}

after(() => ctx.browser?.session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {}));

test('on a phone, every button of the share bar is whole on screen', async () => {
  const session = await open(`?v=1&step=${CHARTED.id}`, PHONE);
  const cut = await session.execute(`return [...document.querySelectorAll('.share-bar > button, .share-bar > details > summary')]
    .map((b) => [b.textContent.trim(), b.getBoundingClientRect()])
    .filter(([, r]) => r.left < 0 || r.right > document.documentElement.clientWidth || r.width === 0)
    .map(([name, r]) => name + ' (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ')')`);
  assert.deepEqual(cut, []);
});

test('the step list shows every title on a wide screen, and the current one on a phone', async () => {
  let session = await open(`?v=1&step=${CHARTED.id}`, 1280);
  const shown = () => session.execute(`return [...document.querySelectorAll('.progress-list .step-title')]
    .map((t) => t.getClientRects().length > 0)`);
  const wide = await shown();
  assert.equal(wide.length, ORDER.length);
  assert.ok(wide.every(Boolean), JSON.stringify(wide));
  session = await open(`?v=1&step=${CHARTED.id}`, PHONE);
  const phone = await shown();
  const current = ORDER.indexOf(CHARTED.id);
  assert.deepEqual(phone.map((s, i) => s && i), phone.map((_, i) => i === current && current), JSON.stringify(phone));
});

test('change marks and "Why?" never overlap, and bars keep one scale with a "Why?" open', async () => {
  for (const width of WIDTHS) {
    const session = await open(`?v=1&step=${SPENDING.id}`, width);
    await session.execute('[...document.querySelectorAll("input[name=assumption-ads]")].at(-1).click()');
    // The change is marked on the bars once drawn.
    await session.until('return !!document.querySelector(".outcome.changed")', { what: 'the change marked on the bars' });
    const overlaps = await session.execute(`const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...document.querySelectorAll('.outcome')].filter((row) => {
        const parts = ['.outcome-label', '.bar', '.outcome-value', '.change', '.why summary'].map((s) => row.querySelector(s).getBoundingClientRect())
          .filter((r) => r.width > 0);
        return parts.some((a, i) => parts.some((b, j) => i < j && hit(a, b)));
      }).map((row) => row.dataset.outcome)`);
    assert.deepEqual(overlaps, [], `width ${width}`);
    const widths = () => session.execute('return [...document.querySelectorAll(".outcome .bar")].map((b) => Math.round(b.getBoundingClientRect().width))');
    const closed = await widths();
    await session.execute('document.querySelector(".outcome .why summary").click()');
    const opened = await widths();
    assert.ok(opened.every((w) => Math.abs(w - closed[0]) <= 1), `width ${width}: ${closed} then ${opened}`);
  }
});

/** Labels drawn outside their node's box or outside their chart, one line each. */
const OUTSIDE = `const outside = (b, box) => b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5;
  const inNodes = [...document.querySelectorAll('main svg.chart .node')].flatMap((node) => {
    const box = node.querySelector('rect')?.getBBox();
    if (!box) return [];
    return [...node.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()])
      .filter(([, b]) => outside(b, box))
      .map(([text, b]) => text + ' (' + Math.round(b.width) + ' in ' + Math.round(box.width) + ')');
  });
  const inCharts = [...document.querySelectorAll('main svg.chart')].flatMap((svg) => {
    const box = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()])
      .filter(([, b]) => outside(b, box))
      .map(([text, b]) => text + ' (from ' + Math.round(b.x) + ' to ' + Math.round(b.x + b.width) + ' in a chart ' + box.width + ' wide)');
  });
  return inNodes.concat(inCharts)`;

/** On a phone: labels drawn under 10 pixels high, and a page wider than the screen, one line each. */
const SMALL = `const root = document.documentElement;
  const wide = root.scrollWidth > root.clientWidth ? ['the page is ' + root.scrollWidth + ' px wide'] : [];
  return wide.concat([...document.querySelectorAll('main svg.chart')].flatMap((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale])
      .filter(([, px]) => px < 10).map(([text, px]) => text + ' (' + px.toFixed(1) + ' px)');
  }))`;

/**
 * Run in the page (arguments: the step's index, its title, whether the window is a phone's): opens the step from the
 * step list, waits until its heading is its own, and returns what OUTSIDE (and on a phone SMALL) finds, in one
 * round trip; `{ seen }` with the heading shown if the step did not come within 3 s.
 */
const STEP = `const [i, title, phone, done] = arguments;
  document.querySelectorAll('.progress-list a')[i].click();
  const deadline = Date.now() + 3000;
  const check = () => {
    const heading = document.querySelector('main h2')?.textContent ?? null;
    if (heading !== title) return Date.now() > deadline ? done({ seen: heading }) : setTimeout(check, 50);
    done({ found: (() => { ${OUTSIDE} })().concat(phone ? (() => { ${SMALL} })() : []) });
  };
  check();`;

// One walk of every step per language and width, each visit running every check of its width in one round trip:
// the labels inside their boxes and charts at every width, and on a phone also their size and the page's width.
// On a phone, every step embedded too: each in a frame of the window's size, all opened at once on one page (the
// same sizes as each opened alone in the window, compared in the three engines), each checked in its frame.
test('every label drawn in a chart stays inside its box and its chart, on every step, at three widths, in both languages; on a phone, every label is at least 10 pixels high and no page is wider than the screen, in the walkthrough and embedded', async () => {
  const problems = [];
  for (const lang of LANGUAGES) for (const width of WIDTHS) {
    const root = rootOf(lang);
    const session = await open(`${root}?v=1&step=${ORDER[0]}`, width);
    for (const [i, id] of ORDER.entries()) {
      const { found, seen } = await session.executeAsync(STEP, [i, title(id, lang), width === PHONE]);
      if (!found) throw new Error(`step ${id} in ${lang} did not come within 3 s; seen: ${JSON.stringify(seen)}`);
      for (const f of found) problems.push(`${lang}, width ${width}, step ${i + 1}: ${f}`);
    }
    if (width === PHONE) {
      const [w, h] = await session.execute('return [innerWidth, innerHeight]');
      await session.goto(`${ctx.server.url}frames.html`, { app: false });
      await session.execute(`const [ids, base, w, h] = arguments;
        for (const id of ids) {
          const frame = Object.assign(document.createElement('iframe'), { src: base + '?v=1&step=' + id + '&embed=1' });
          frame.dataset.step = id;
          frame.style.cssText = 'position: absolute; left: 0; top: 0; border: 0; width: ' + w + 'px; height: ' + h + 'px';
          document.body.append(frame);
        }`, [ORDER, ctx.server.url + root, w, h]);
      // Started: loaded, the readable page replaced by the app, the step's title drawn.
      await session.until(`return [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete'
        && !f.contentDocument.getElementById('static') && f.contentDocument.querySelector('main h2, .embedded-title'))`, {
        ms: 60000, what: `every embedded step in ${lang}`,
        seen: `return [...document.querySelectorAll('iframe')].filter((f) => !f.contentDocument?.querySelector('.embedded-title')).map((f) => f.dataset.step)`,
      });
      // The page recorder in every frame, as a page opened alone has it (see Session.record).
      await session.frame();
      const found = await session.execute(`const small = new Function('document', 'getComputedStyle', arguments[0]);
        return [...document.querySelectorAll('iframe')].map((f) => [f.dataset.step,
          small(f.contentDocument, f.contentWindow.getComputedStyle.bind(f.contentWindow))])`, [SMALL]);
      assert.equal(found.length, ORDER.length);
      for (const [id, list] of found) for (const f of list) problems.push(`${lang}, ${id}, embedded: ${f}`);
    }
  }
  assert.deepEqual(problems, []);
});
