// The seams between the state, the address and the pages, each a bug seen on an earlier build: a tweak followed at
// once by a move must leave the address on the new step; the step list leads back from every page; a page that
// shows many steps (the handout) repeats no element id.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, address } from './support/suite.mjs';
import { ORDER, stepWith, title } from './support/content.mjs';

const ctx = suite();

async function open(query) {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url + query);
  await session.waitFor('main h2');
  return session;
}

const heading = (session) => session.execute('return document.querySelector("main h2").textContent');
const KINGDOMS = stepWith({ varies: 'chips', control: 'chips' });
const CHARTED = stepWith({ view: 'chips', control: 'chips' });

/**
 * Counts, in the page, the timers still to fire that are due within a second (the address's pending replace is one;
 * the bars' change marks, which touch no address, wait longer), so a test waits for the page's pending writes to be
 * done rather than for a time; and the pauses among them (100 ms or more: a tweak's replace waits so), so a test
 * knows a pending write was there to overtake.
 */
const TRACK_TIMERS = `if (!window.__soon) {
  window.__soon = 0; window.__pauses = 0; const set = window.setTimeout.bind(window);
  window.setTimeout = (fn, ms = 0, ...rest) => {
    if (ms > 1000) return set(fn, ms, ...rest);
    window.__soon += 1; if (ms >= 100) window.__pauses += 1;
    return set(() => { window.__soon -= 1; if (typeof fn === 'function') fn(...rest); }, ms);
  };
}`;

// Next at once (the two changes reach the address as one move) and 50 ms later (the flip's replace is pending,
// and the move must overtake it), both well within the pause before a tweak replaces the address.
for (const [when, press, pending] of [
  ['at once', 'next.click()', false],
  ['50 ms later', 'setTimeout(() => next.click(), 50)', true],
]) {
  test(`an assumption flipped just before Next (${when}) leaves the address on the new step, with the flip`, async () => {
    const session = await open(`?v=1&step=${KINGDOMS.id}`);
    const following = ORDER[ORDER.indexOf(KINGDOMS.id) + 1];
    await session.execute(TRACK_TIMERS);
    await session.execute(`const next = document.querySelector('.step-nav button:last-of-type');
      document.querySelector('input[name=assumption-chips][value=domestic]').click();
      ${press};`);
    await session.until('return document.querySelector("main h2")?.textContent === arguments[0]', { args: [title(following)], ms: 5000, what: 'the next step' });
    // Once the timers due soon have fired, whatever replace was pending has been written (or dropped).
    await session.until('return window.__soon === 0', { ms: 5000, what: 'the pending address writes', seen: 'return [window.__soon, location.href]' });
    if (pending) assert.ok(await session.execute('return window.__pauses') > 0, 'the flip set no pause: its pending write went unseen');
    assert.equal(await address(session), `steps/${following}/?v=1&chips=domestic`);
  });
}

for (const page of ['compare', 'handout', 'model']) {
  test(`on ${page}, the current step in the step list opens that step`, async () => {
    const session = await open(`?v=1&step=${CHARTED.id}&page=${page}`);
    await session.click(await session.find('.progress-list [aria-current=step]'));
    await session.waitFor('main article.step');
    assert.equal(await heading(session), title(CHARTED.id));
    assert.equal(await address(session), `steps/${CHARTED.id}/?v=1`);
  });
}

test('the handout repeats no element id and shows no form control', async () => {
  const session = await open('?v=1&page=handout');
  await session.click(await session.find('.step-choices-quick button:last-of-type'));
  const report = await session.execute(`
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return {
      duplicates: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))],
      controls: document.querySelectorAll('main .step input, main .step select, main .step textarea').length,
      steps: document.querySelectorAll('main article.step').length,
    };`);
  assert.deepEqual(report.duplicates, []);
  assert.equal(report.controls, 0);
  assert.equal(report.steps, ORDER.length, 'steps in the handout of all steps');
});
