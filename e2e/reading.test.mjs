// What a reader meets first: the step list names its steps, outcome rows keep their parts apart and their bars on
// one scale, every label drawn in a chart stays inside its box and inside the chart, at a phone's, a laptop's and a
// large screen's width, and on a phone a chart's smallest label is still drawn at a readable size.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support/suite.mjs';
import { LANGUAGES, ORDER, rootOf, stepWith, title } from './support/content.mjs';

const ctx = suite();
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
  const cut = await session.execute(`return [...document.querySelectorAll('.share-bar > button, .share-bar summary')]
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

// One walk of every step per language and width, each visit running every check of its width: the labels inside
// their boxes and charts at every width, and on a phone also their size and the page's width.
test('every label drawn in a chart stays inside its box and its chart, on every step, at three widths, in both languages; on a phone, every label is at least 10 pixels high and no page is wider than the screen, in the walkthrough and embedded', async () => {
  const problems = [];
  for (const lang of LANGUAGES) for (const width of WIDTHS) {
    const root = rootOf(lang);
    const session = await open(`${root}?v=1&step=${ORDER[0]}`, width);
    for (const [i, id] of ORDER.entries()) {
      await session.execute(`document.querySelectorAll('.progress-list button')[${i}].click()`);
      // The step is drawn once its heading is its own.
      await session.until('return document.querySelector("main h2")?.textContent === arguments[0]',
        { args: [title(id, lang)], what: `step ${id} in ${lang}`, seen: 'return document.querySelector("main h2")?.textContent' });
      for (const f of await session.execute(OUTSIDE)) problems.push(`${lang}, width ${width}, step ${i + 1}: ${f}`);
      if (width === PHONE) for (const f of await session.execute(SMALL)) problems.push(`${lang}, width ${width}, step ${i + 1}: ${f}`);
    }
    if (width === PHONE) {
      for (const id of ORDER) {
        await open(`${root}?v=1&step=${id}&embed=1`, width);
        for (const f of await session.execute(SMALL)) problems.push(`${lang}, ${id}, embedded: ${f}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
