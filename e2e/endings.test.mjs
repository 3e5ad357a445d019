// The last step reads as the article allows (issue 24): each link of the issue's table opens "Where this scenario
// leads". One switch alone (patient research, lifted controls, more spending under the controls) settles none of
// the article's open questions (the endings its propositions say no single change reaches); three of the article's threats at
// once read as decline, in words of their own, never the present's. Every ending is listed with its conditions and
// the fewest changes to it. Titles and summaries are read from the content.
// The app's own logic (the model and its words), the same in every engine: Chromium alone runs it. That the list of
// endings fits a phone's width is layout, checked in every engine by markup.test.mjs.
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, named } from './support/suite.mjs';

const json = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const ENDINGS = await json('text/en/endings.json');
const ENDING_IDS = (await json('model/endings.json')).map((e) => e.id);
// The article's open questions: the endings its propositions say no single change from the present reaches.
const OPEN = (await json('model/propositions.json')).filter((p) => p.expect === 'no-single-change').map((p) => p.ending);

const ctx = suite();

/** The ending the last step shows for `query`: its id, title and summary as on screen. */
async function shown(query) {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=your-scenario${query}`);
  await session.waitFor('.ending');
  return session.execute(`const e = document.querySelector('.ending');
    return { id: e.dataset.ending, title: e.querySelector('.ending-title').textContent,
      summary: e.querySelector('.ending-summary').textContent,
      listed: [...document.querySelectorAll('.endings-reach > li')].map((li) => li.dataset.ending),
      here: [...document.querySelectorAll('.endings-reach > li.here')].map((li) => li.dataset.ending) }`);
}

test('one switch from the present settles no open question, and the worst case is not in the present\'s words', async () => {
  assert.ok(OPEN.length >= 2, `open questions found in the propositions: ${OPEN}`);
  const present = await shown('');
  assert.equal(present.title, ENDINGS[present.id].title);
  for (const one of ['&research=deepened', '&chips=unrestricted', '&capex=35', '&capex=40']) {
    await named(one, async () => {
      const ending = await shown(one);
      assert.equal(ending.title, ENDINGS[ending.id].title, 'the title on screen is the content\'s');
      assert.ok(!OPEN.includes(ending.id), `one switch settles an open question: "${ending.title}"`);
    });
  }
  const worst = await shown('&chips=domestic&tiktok=ban&research=squeezed');
  assert.notEqual(worst.id, present.id, 'the worst case reads as the present');
  assert.notEqual(worst.title, present.title);
  assert.notEqual(worst.summary, present.summary);
  assert.equal(worst.summary, ENDINGS[worst.id].summary);
  // Every ending is listed with how near it is, and the scenario's own is marked as here.
  assert.deepEqual(worst.listed, ENDING_IDS);
  assert.deepEqual(worst.here, [worst.id]);
});

test('an ending met but outranked says which ending shows instead, and offers no route to it', async () => {
  // Détente (the controls lifted, the pressure on TikTok eased, the culture holding up) meets every condition of
  // "Originality in play" and reads as "A stronger bid for leadership", which comes first; its only route to
  // originality would put the pressure on TikTok back (review 16, finding 6).
  const words = (await json('text/en/model.json')).shown_as;
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=your-scenario&chips=unrestricted&tiktok=eases&culture=stronger`);
  await session.waitFor('.endings-reach');
  const reach = await session.execute(`const at = (id) => document.querySelector('.endings-reach > li[data-ending="' + id + '"] .nearest').textContent;
    return { here: document.querySelector('.endings-reach > li.here').dataset.ending, original: at('original-innovator') }`);
  assert.equal(reach.here, 'global-contender');
  assert.equal(reach.original, words.replace('{ending}', ENDINGS['global-contender'].title));
});

test('a flip updates the endings\' list in place: an ending the reader unfolded stays open, and the list reads as the flipped link opens it', async () => {
  // The list was the core's markup set anew at every flip, which folded every ending the reader had opened.
  const { session } = ctx.browser;
  const LIST = `return [...document.querySelectorAll('.endings-reach > li')].map((li) => ({ id: li.dataset.ending, here: li.classList.contains('here'), open: li.querySelector('details').open, text: li.textContent }))`;
  await session.goto(`${ctx.server.url}?v=1&step=your-scenario`);
  await session.waitFor('.endings-reach');
  await session.execute(`document.querySelectorAll('.endings-reach details').forEach((d) => { d.open = true; })`);
  const before = await session.execute(LIST);
  await session.execute(`document.querySelector('main input[name="assumption-chips"][value="unrestricted"]').click()`);
  const after = await session.until(`const list = (() => { ${LIST} })(); return JSON.stringify(list) !== ${JSON.stringify(JSON.stringify(before))} && list`, { what: 'the endings\' list after the flip' });
  const folded = after.filter((e) => !e.open).map((e) => e.id);
  assert.deepEqual(folded, [], `endings folded by the flip: ${folded.join(', ')}`);
  await session.goto(`${ctx.server.url}?v=1&step=your-scenario&chips=unrestricted`);
  await session.waitFor('.endings-reach');
  const fresh = await session.execute(LIST);
  assert.deepEqual(after.map(({ id, here, text }) => ({ id, here, text })), fresh.map(({ id, here, text }) => ({ id, here, text })));
});
