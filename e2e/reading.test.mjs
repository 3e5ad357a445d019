// What a reader meets first: the step list names its steps, outcome rows keep their parts apart and their bars on
// one scale, every label drawn in a chart stays inside its box and inside the chart, at a phone's, a laptop's and a
// large screen's width, and on a phone a chart's smallest label is still drawn at a readable size.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { suite, STEP_HERE } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';

const ctx = suite();
const WIDTHS = [390, 1280, 1920];

async function open(query, width = 1280) {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width, height: 900 }).catch(() => {});
  await session.goto(ctx.server.url + query);
  await session.waitFor('main h2, .embedded-title');
  return session;
}

after(() => ctx.browser?.session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {}));

test('on a phone, every button of the share bar is whole on screen', async () => {
  const session = await open('?v=1&step=chip-chokehold', 390);
  const cut = await session.execute(`return [...document.querySelectorAll('.share-bar > button, .share-bar summary')]
    .map((b) => [b.textContent.trim(), b.getBoundingClientRect()])
    .filter(([, r]) => r.left < 0 || r.right > document.documentElement.clientWidth || r.width === 0)
    .map(([name, r]) => name + ' (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ')')`);
  assert.deepEqual(cut, []);
});

test('the step list shows every title on a wide screen, and the current one on a phone', async () => {
  let session = await open('?v=1&step=chip-chokehold', 1280);
  const shown = () => session.execute(`return [...document.querySelectorAll('.progress-list .step-title')]
    .map((t) => t.getClientRects().length > 0)`);
  const wide = await shown();
  assert.equal(wide.length, 16);
  assert.ok(wide.every(Boolean), JSON.stringify(wide));
  session = await open('?v=1&step=chip-chokehold', 390);
  const phone = await shown();
  assert.deepEqual(phone.map((s, i) => s && i), phone.map((_, i) => i === 11 && 11), JSON.stringify(phone));
});

test('change marks and "Why?" never overlap, and bars keep one scale with a "Why?" open', async () => {
  for (const width of WIDTHS) {
    const session = await open('?v=1&step=cost-of-ambition', width);
    await session.execute('document.querySelector("input[name=assumption-ads][value=headwinds]").click()');
    await sleep(100);
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

test('every label drawn in a chart stays inside its box and its chart, on every step, at three widths, in both languages', async () => {
  const problems = [];
  for (const root of ['', 'zh-Hans/']) for (const width of WIDTHS) {
    const session = await open(`${root}?v=1&step=intro`, width);
    const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
    for (let i = 0; i < total; i++) {
      await session.execute(`document.querySelectorAll('.progress-list button')[${i}].click()`);
      await sleep(150);
      const found = await session.execute(`const outside = (b, box) => b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5;
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
        return inNodes.concat(inCharts)`);
      for (const f of found) problems.push(`${root || 'en/'}, width ${width}, step ${i + 1}: ${f}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('on a phone, every chart label is drawn at least 10 pixels high and no page is wider than the screen, in the walkthrough and embedded, in both languages', async () => {
  const problems = [];
  const smallLabels = (where) => ctx.browser.session.execute(`const root = document.documentElement;
    const wide = root.scrollWidth > root.clientWidth ? [arguments[0] + ': the page is ' + root.scrollWidth + ' px wide'] : [];
    return wide.concat([...document.querySelectorAll('main svg.chart')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale])
        .filter(([, px]) => px < 10).map(([text, px]) => arguments[0] + ': ' + text + ' (' + px.toFixed(1) + ' px)');
    }))`, [where]);
  for (const root of ['', 'zh-Hans/']) {
    let session = await open(`${root}?v=1&step=intro`, 390);
    const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
    const ids = [];
    for (let i = 0; i < total; i++) {
      await session.execute(`document.querySelectorAll('.progress-list button')[${i}].click()`);
      await sleep(150);
      ids.push(await session.execute(`return ${STEP_HERE}`));
      problems.push(...await smallLabels(`${root || 'en/'} step ${i + 1}`));
    }
    for (const id of ids) {
      session = await open(`${root}?v=1&step=${id ?? 'intro'}&embed=1`, 390);
      problems.push(...await smallLabels(`${root || 'en/'} ${id}, embedded`));
    }
  }
  assert.deepEqual(problems, []);
});
