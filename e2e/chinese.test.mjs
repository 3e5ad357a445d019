// The Chinese edition: every step, every assumption, Compare, the Handout and How this works in Simplified
// Chinese; a link in Chinese opens in Chinese with its step and scenario; the language switch keeps both, and Back
// returns to the English page.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, suite, address } from './support/suite.mjs';
import { CASE as words, ORDER, asciiPunctuation, stepWith, text, title } from './support/content.mjs';

const ctx = suite();
const STEPS = text('steps.json', 'zh-Hans');
const CASE = words('zh-Hans');
const DASHBOARD = stepWith({ view: 'dashboard' });
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const zh = () => `${ctx.server.url}zh-Hans/`;

test('every step reads in Chinese, with its title as the page\'s and the tab\'s, and Chinese punctuation', async () => {
  const { session } = ctx.browser;
  await session.goto(`${zh()}?v=1&step=${ORDER[0]}`);
  assert.equal(await session.execute('return document.documentElement.lang'), 'zh-Hans');
  for (const [i, id] of ORDER.entries()) {
    await named(id, async () => {
      await session.execute(`document.querySelectorAll('.progress-list a')[${i}].click()`);
      assert.equal(await session.execute('return document.querySelector("main h2").textContent'), STEPS[id].title);
      assert.equal(await session.execute('return document.title'), `${STEPS[id].title}${CASE.ui.punctuation.separator}${CASE.title}`);
      assert.equal(await session.execute('return document.querySelector(".step-nav .progress").textContent'),
        CASE.ui.progress.replace('{n}', i + 1).replace('{total}', ORDER.length));
      // Chinese punctuation only: no ASCII colon, comma or full stop next to a Chinese character.
      assert.deepEqual(asciiPunctuation(await session.execute('return document.querySelector("main").innerText')), []);
    });
  }
});

test('in Chinese, flipping every assumption of the last step changes the dashboard, and the pages open', async () => {
  const { session } = ctx.browser;
  await session.goto(`${zh()}?v=1&step=${DASHBOARD.id}`);
  const dashboard = () => session.execute(`return JSON.stringify([document.querySelector('.ending').dataset.ending,
    ...[...document.querySelectorAll('.dashboard .outcome')].map((o) => o.dataset.value)])`);
  const groups = await session.execute('return [...document.querySelectorAll("main fieldset")].map((f) => f.querySelector("input").name)');
  assert.equal(groups.length, DASHBOARD.controls.length, 'the dashboard\'s controls');
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
      await session.goto(`${zh()}?v=1&step=${CHARTED.id}&page=${page}`);
      await session.waitFor('main h2');
      const shown = await session.execute('return document.querySelector("main").innerText');
      assert.match(shown, /[\u4e00-\u9fff]{20}/, `${page} has no Chinese text`);
      if (heading) assert.ok(shown.includes(heading), `${page} does not name itself "${heading}"`);
    });
  }
});

test('the language switch keeps the step and scenario, and Back returns to English', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=${CHARTED.id}&chips=domestic`);
  await session.click(await session.find('.masthead .language-switch'));
  await session.until('return location.pathname.includes("/zh-Hans/")', { ms: 10000, what: 'the Chinese page' });
  // The app, not the readable page before it (the app's own first render, with its step bar too).
  await session.waitFor('body:not(:has(#static)) .step-nav');
  assert.equal(await session.execute('return document.documentElement.lang'), 'zh-Hans');
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), STEPS[CHARTED.id].title);
  assert.equal(await session.execute('return document.querySelector("main input[value=domestic]").checked'), true);
  assert.equal(await address(session), `zh-Hans/steps/${CHARTED.id}/?v=1&chips=domestic`);
  await session.cmd('POST', '/back', {});
  await session.until('return document.documentElement.lang === "en"', { ms: 10000, what: 'the English page' });
  await session.waitFor('body:not(:has(#static)) .step-nav');
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), title(CHARTED.id));
});
