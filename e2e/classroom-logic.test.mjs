// The classroom's logic outside the slides: the projected QR code opens the step for students with the questions
// the projector set aside (ask=0), never the slides; Predict can be asked again, asks on a link that already sets its
// option, and never shows a stale answer. The app's own logic, the same in every engine, so Chromium alone runs it
// (the classroom's layout is in classroom.test.mjs, in every engine). Words are read from content/.
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite } from './support/suite.mjs';
import { keys } from './support/webdriver.mjs';
import { noPhone, phone, viewport } from './support/screens.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const TEXT = { en: await read('text/en/case.json'), 'zh-Hans': await read('text/zh-Hans/case.json') };
const OUTCOMES = await read('text/en/outcomes.json');
const ROOT = { en: '', 'zh-Hans': 'zh-Hans/' };
const PREDICT = '.predict-choices button';

const ctx = suite();

test('the projected QR code opens the step and scenario for students, never the slides, with the questions the projector set aside, in both languages', async () => {
  const { session } = ctx.browser;
  for (const lang of ['en', 'zh-Hans']) {
    await named(lang, async () => {
      await viewport(session, 1280, 800);
      // The projector shows the charts (ask=0); the students' phones still predict before they look.
      await session.goto(`${ctx.server.url}${ROOT[lang]}steps/chip-chokehold/?v=1&present=1&ask=0&tiktok=ban`);
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      assert.match(await session.execute('return location.search'), /ask=0/, 'the projector lost its ask=0');
      await session.execute('document.activeElement.blur()');
      await keys(session, 'q');
      const link = await session.until('return document.querySelector(".qr-present .qr-link")?.textContent', { what: 'the QR code' });
      assert.doesNotMatch(link, /present=|ask=/);
      assert.match(link, /\/steps\/chip-chokehold\/\?v=1&tiktok=ban$/);
      // A student's phone opens it as a reader: no slides, no teacher's toolbar.
      await phone(session);
      try {
        await session.goto(link);
        await session.waitFor('main h2');
        const page = await session.execute(`return { presenting: document.documentElement.classList.contains('presenting'),
          toolbar: !!document.querySelector('.present-bar')?.getClientRects().length, lang: document.documentElement.lang }`);
        assert.deepEqual(page, { presenting: false, toolbar: false, lang });
      } finally {
        await noPhone(session);
      }
    });
  }
});

test('Predict can be asked again, asks on a shared link that already sets its option, and never shows a stale answer', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 900);
  const model = 'return document.querySelector(".predict-model")?.textContent';
  const from55to30 = TEXT.en.ui.predict.model.replace('{outcome}', OUTCOMES.compute.label).replace('{from}', '55').replace('{to}', '30');
  // Asked, answered, asked again: the assumption goes back as it was.
  await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1`);
  await session.click(await session.waitFor(PREDICT));
  assert.ok((await session.until(model, { what: 'the answer' })).startsWith(from55to30.replace(/ \(\{direction\}\)$/, '')));
  await session.click(await session.find('.predict-again'));
  await session.waitFor(PREDICT);
  assert.equal(await session.execute('return document.querySelector(\'input[name="assumption-chips"]:checked\').value'), 'compliant');
  await session.until('return !location.search.includes("chips=")', { what: 'the address back as it was' });
  // Answered, then the scenario reset: the question is asked again, no "from 55 to 30" beside a chart at 55.
  await session.click(await session.find(PREDICT));
  await session.until(model, { what: 'the answer' });
  await session.click(await session.find('input[name="assumption-chips"][value="compliant"]'));
  await session.waitFor(PREDICT);
  assert.equal(await session.execute(model), null, 'a stale answer is still shown');
  // A shared link that already cuts the chips still asks, and answers from its scenario.
  await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1&chips=domestic`);
  await session.click(await session.waitFor(PREDICT));
  const answer = await session.until(model, { what: 'the answer on a shared link' });
  assert.ok(answer.startsWith(from55to30.replace(/ \(\{direction\}\)$/, '')), answer);
  assert.match(await session.execute('return location.search'), /chips=domestic/);
  // Skipped, it can be asked again too.
  await session.goto(`${ctx.server.url}steps/tiktok-shadow/?v=1`);
  await session.click(await session.waitFor('.predict-skip'));
  await session.click(await session.waitFor('.predict-again'));
  await session.waitFor(PREDICT);
});

// The teacher's seventh try: an answer given while rehearsing on the page was already on the projected slide
// ("Your guess: Down", "matches the model"). Entering the slides starts the class afresh: the question open again,
// the chart held back (the scenario already has the option asked about), the scenario itself kept.
test('entering the slides asks the questions afresh: an answer given while rehearsing is not on the projected slide, the scenario kept', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  for (const how of ['answered', 'skipped']) {
    await named(how, async () => {
      await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1&tiktok=ban`);
      await session.click(await session.waitFor(how === 'answered' ? PREDICT : '.predict-skip'));
      await session.waitFor(how === 'answered' ? '.predict-result' : '.predict-skipped');
      // The answer flips the chips, and the address follows.
      if (how === 'answered') await session.until('return location.search.includes("chips=domestic")', { what: 'the chips flipped in the address', seen: 'return location.search' });
      const rehearsed = await session.execute('return location.search');
      await session.click(await session.find('.present-button'));
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      const slide = await session.until(`return document.querySelector('main .predict-choices button') && {
          result: !!document.querySelector('main .predict-result, main .predict-skipped'),
          heldBack: !!document.querySelector('main .step-grid.held-back'), search: location.search }`,
        { what: 'the question asked afresh on the slide', seen: 'return document.querySelector("main .predict-slot")?.textContent' });
      assert.equal(slide.result, false, 'the rehearsal\'s answer is on the slide');
      // Answered, the scenario has the option asked about: the chart waits for the room's answer.
      assert.equal(slide.heldBack, how === 'answered', 'the chart held back or not as a fresh link would');
      const without = (search) => { const q = new URLSearchParams(search); q.delete('present'); return q.toString(); };
      assert.equal(without(slide.search), without(rehearsed), 'the scenario changed on entering the slides');
    });
  }
});
