// The Chinese edition: every step, every assumption, Compare, the Handout and How this works in Simplified
// Chinese; a link in Chinese opens in Chinese with its step and scenario; the language switch keeps both, and Back
// returns to the English page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite, address } from './support/suite.mjs';

const ctx = suite();
const text = async (file) => JSON.parse(await readFile(new URL(`../content/text/zh-Hans/${file}`, import.meta.url), 'utf8'));
const STEPS = await text('steps.json');
const CASE = await text('case.json');
const ORDER = JSON.parse(await readFile(new URL('../content/data/steps.json', import.meta.url), 'utf8')).map((s) => s.id);
const zh = () => `${ctx.server.url}zh-Hans/`;

test('every step reads in Chinese, with its title as the page\'s and the tab\'s', async () => {
  const { session } = ctx.browser;
  await session.goto(`${zh()}?v=1&step=${ORDER[0]}`);
  assert.equal(await session.execute('return document.documentElement.lang'), 'zh-Hans');
  for (const [i, id] of ORDER.entries()) {
    await named(id, async () => {
      await session.execute(`document.querySelectorAll('.progress-list button')[${i}].click()`);
      assert.equal(await session.execute('return document.querySelector("main h2").textContent'), STEPS[id].title);
      assert.equal(await session.execute('return document.title'), `${STEPS[id].title}${CASE.ui.punctuation.separator}${CASE.title}`);
      assert.equal(await session.execute('return document.querySelector(".step-nav .progress").textContent'),
        CASE.ui.progress.replace('{n}', i + 1).replace('{total}', ORDER.length));
    });
  }
});

test('in Chinese, flipping every assumption of the last step changes the dashboard, and the pages open', async () => {
  const { session } = ctx.browser;
  await session.goto(`${zh()}?v=1&step=${ORDER.at(-1)}`);
  const dashboard = () => session.execute(`return JSON.stringify([document.querySelector('.ending').dataset.ending,
    ...[...document.querySelectorAll('.dashboard .outcome')].map((o) => o.dataset.value)])`);
  const groups = await session.execute('return [...document.querySelectorAll("main fieldset")].map((f) => f.querySelector("input").name)');
  assert.ok(groups.length >= 8, `${groups.length} controls`);
  let before = await dashboard();
  for (const name of groups) {
    await named(name, async () => {
      const type = await session.execute(`return document.querySelector('[name="${name}"]').type`);
      if (type === 'range') {
        await session.execute(`const s = document.querySelector('[name="${name}"]');
          s.value = s.max; s.dispatchEvent(new Event('input', { bubbles: true }));`);
      } else {
        await session.click(await session.find(`main input[name="${name}"]:not(:checked)`));
      }
      const after = await dashboard();
      assert.notEqual(after, before);
      before = after;
    });
  }
  for (const [page, heading] of [['compare', CASE.ui.share.compare], ['handout', null], ['model', CASE.ui.how.title]]) {
    await named(page, async () => {
      await session.goto(`${zh()}?v=1&step=chip-chokehold&page=${page}`);
      await session.waitFor('main h2');
      const shown = await session.execute('return document.querySelector("main").innerText');
      assert.match(shown, /[\u4e00-\u9fff]{20}/, `${page} has no Chinese text`);
      if (heading) assert.ok(shown.includes(heading), `${page} does not name itself "${heading}"`);
    });
  }
});

test('the language switch keeps the step and scenario, and Back returns to English', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&chips=domestic`);
  await session.click(await session.find('.masthead .language-switch'));
  await session.until('return location.pathname.includes("/zh-Hans/")', { ms: 10000, what: 'the Chinese page' });
  await session.waitFor('.step-nav');
  assert.equal(await session.execute('return document.documentElement.lang'), 'zh-Hans');
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), STEPS['chip-chokehold'].title);
  assert.equal(await session.execute('return document.querySelector("main input[value=domestic]").checked'), true);
  assert.equal(await address(session), 'zh-Hans/steps/chip-chokehold/?v=1&chips=domestic');
  await session.cmd('POST', '/back', {});
  await session.until('return document.documentElement.lang === "en"', { ms: 10000, what: 'the English page' });
  await session.waitFor('.step-nav');
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), 'The chip chokehold');
});
