// End-to-end: links open exactly their state, Back and Forward move between steps, presets and compare work by
// click and by link, and the handout holds every step. Words, steps and scenarios are read from content/.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, address } from './support/suite.mjs';
import { MODEL, ORDER, UI, fill, stepWith, text, title } from './support/content.mjs';

const ctx = suite();

async function open(query) {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url + query);
  await session.waitFor('main');
  return session;
}

const heading = (session) => session.execute('return document.querySelector("main h2").textContent');
/** Waits until the step's heading is `wanted`; fails saying the heading it saw. */
const arrives = (session, wanted) => session.until('return document.querySelector("main h2")?.textContent === arguments[0]',
  { args: [wanted], ms: 5000, what: `the step "${wanted}"`, seen: 'return document.querySelector("main h2")?.textContent' });
/** Waits until the address is `wanted`. */
const addressed = (session, wanted) => session.until('return location.pathname.slice(arguments[1].length) + location.search === arguments[0]',
  { args: [wanted, new URL(ctx.server.url).pathname], ms: 5000, what: `the address ${wanted}`, seen: 'return location.href' });

/** The dashboard step (every control), a preset that sets assumptions, and the slider. */
const DASHBOARD = stepWith({ view: 'dashboard' });
const PRESET = MODEL.presets.find((p) => Object.keys(p.choices ?? {}).length > 1);
const SLIDER = DASHBOARD.controls.find((c) => !MODEL.assumptions.some((a) => a.id === c));
const ending = (session) => session.execute('return document.querySelector(".ending").dataset.ending');
const choices = (preset) => Object.entries(preset.choices ?? {});

test('a link with a step and a scenario opens exactly there', async () => {
  const query = choices(PRESET).map(([k, v]) => `&${k}=${v}`).join('');
  const session = await open(`?v=1&step=${DASHBOARD.id}${query}&${SLIDER}=15`);
  assert.equal(await heading(session), title(DASHBOARD.id));
  for (const [k, v] of choices(PRESET)) {
    assert.equal(await session.execute(`return document.querySelector('[name="assumption-${k}"]:checked').value`), v, k);
  }
  assert.equal(await session.execute('return document.querySelector("input[type=range]").value'), '15');
});

test('changing step adds history entries that Back and Forward follow; changing an assumption replaces', async () => {
  const session = await open(`?step=${ORDER[0]}`);
  const next = await session.find('.step-nav button:last-of-type');
  const entries = await session.execute('return history.length');
  await session.click(next);
  await arrives(session, title(ORDER[1]));
  await session.click(next);
  await arrives(session, title(ORDER[2]));
  await addressed(session, `steps/${ORDER[2]}/?v=1`);
  // Two moves, two new entries.
  assert.equal(await session.execute('return history.length'), entries + 2, 'history entries after two moves');
  await session.back();
  await arrives(session, title(ORDER[1]));
  await session.back();
  await arrives(session, title(ORDER[0]));
  await session.forward();
  await arrives(session, title(ORDER[1]));
  // An assumption changes the address in place: no new entry.
  const charted = stepWith({ varies: 'chips', control: 'chips' });
  const option = MODEL.assumptions.find((a) => a.id === 'chips').options.find((o) => o !== MODEL.assumptions.find((a) => a.id === 'chips').default);
  await session.goto(`${ctx.server.url}?step=${charted.id}`);
  await session.waitFor('h2');
  const before = await session.execute('return history.length');
  await session.click(await session.find(`input[name="assumption-chips"][value="${option}"]`));
  await addressed(session, `steps/${charted.id}/?v=1&chips=${option}`);
  assert.equal(await session.execute('return history.length'), before);
});

test('a flip followed at once by Next is kept by the step left: Back returns to it with the flip', async () => {
  const charted = stepWith({ varies: 'chips', control: 'chips' });
  const chips = MODEL.assumptions.find((a) => a.id === 'chips');
  const option = chips.options.find((o) => o !== chips.default);
  const session = await open(`?step=${charted.id}`);
  const next = ORDER[ORDER.indexOf(charted.id) + 1];
  // Next 50 ms after the flip, well within the pause before a flip's address is written (history::REPLACE_AFTER).
  await session.execute(`document.querySelector('input[name="assumption-chips"][value="' + arguments[0] + '"]').click();
    setTimeout(() => document.querySelector('.step-nav button:last-of-type').click(), 50);`, [option]);
  await arrives(session, title(next));
  await addressed(session, `steps/${next}/?v=1&chips=${option}`);
  await session.back();
  await arrives(session, title(charted.id));
  await addressed(session, `steps/${charted.id}/?v=1&chips=${option}`);
  assert.equal(await session.execute('return document.querySelector(\'[name="assumption-chips"]:checked\').value'), option, 'the flip on the step left');
});

test('copy link puts the current state on the clipboard, or offers it to copy by hand', async () => {
  const charted = stepWith({ view: 'chips' });
  const session = await open(`?step=${charted.id}&chips=domestic`);
  await session.click(await session.findButton('.share-bar', UI().share.copy_link));
  const outcome = await session.until(`return document.querySelector('.copied').textContent
    || (document.querySelector('.by-hand input') || {}).value || ''`, { ms: 5000, what: 'the link copied or offered by hand' });
  assert.ok(outcome === UI().share.copied || outcome.endsWith(`/steps/${charted.id}/?v=1&chips=domestic`), outcome);
});

test('presets and compare work by click and by link', async () => {
  let session = await open(`?step=${DASHBOARD.id}`);
  const presets = await session.findAll('.presets button');
  const index = MODEL.presets.indexOf(PRESET);
  await session.click(presets[index]);
  // The click sets the preset's every choice, and the address carries them.
  const query = choices(PRESET).map(([k, v]) => `${k}=${v}`).join('&');
  await session.until('return location.search.includes(arguments[0])', { args: [query], ms: 5000, what: `the address with ${query}`, seen: 'return location.search' });
  for (const [k, v] of choices(PRESET)) {
    assert.equal(await session.execute(`return document.querySelector('[name="assumption-${k}"]:checked').value`), v, k);
  }
  const byClick = await ending(session);
  session = await open(`?v=1&step=${DASHBOARD.id}&preset=${PRESET.id}`);
  assert.equal(await ending(session), byClick, 'the preset by link leads where the preset by click does');
  // Compare names each scenario's ending, as the walkthrough's dashboard does for it.
  const [a, b] = MODEL.presets.filter((p) => p.id !== PRESET.id).slice(-2);
  const endings = [];
  for (const p of [a, b]) {
    session = await open(`?v=1&step=${DASHBOARD.id}&preset=${p.id}`);
    endings.push(text('endings.json')[await ending(session)].title);
  }
  session = await open(`?v=1&page=compare&preset=${a.id}&b=${b.id}`);
  const cells = await session.execute('return [...document.querySelectorAll(".ending-row td")].map((c) => c.textContent)');
  assert.deepEqual(cells, endings);
  assert.ok(await session.execute('return document.querySelectorAll(".differences > li").length') > 0);
});

test('the handout starts with the current step under a header naming its scenario, and lays out every step in order on request', async () => {
  const charted = stepWith({ view: 'chips' });
  const session = await open(`?v=1&step=${charted.id}&page=handout&preset=${PRESET.id}`);
  await session.waitFor('.handout .step');
  const only = await session.execute('return [...document.querySelectorAll(".handout .step h2")].map((h) => h.textContent)');
  assert.deepEqual(only, [title(charted.id)]);
  assert.ok((await session.execute('return document.querySelector(".handout-header h2").textContent')).includes(text('presets.json')[PRESET.id].title));
  const link = await session.execute('return document.querySelector(".handout-link").textContent');
  assert.ok(link.includes(`/steps/${charted.id}/?v=1&`), link);
  // The words before it say which step the code and the link open (every page shows one step, the code one).
  assert.ok(link.startsWith(fill(UI().share.scenario_link, { n: ORDER.indexOf(charted.id) + 1, step: title(charted.id) })), link);
  for (const [k, v] of choices(PRESET)) assert.ok(link.includes(`${k}=${v}`), `${k}=${v} in ${link}`);
  await session.click(await session.find('.step-choices-quick button:last-of-type'));
  const handout = await session.execute('return [...document.querySelectorAll(".handout .step h2")].map((h) => h.textContent)');
  assert.deepEqual(handout, ORDER.map((id) => title(id)));
});
