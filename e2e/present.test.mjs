// Present mode, for a projector: it opens from its button and from a link; the chrome steps aside and the view
// takes most of the width; the arrows, Home and End move between slides, N shows the teacher's notes, Escape closes
// them, and with nothing open leaves with the step and the scenario kept.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, STEP_HERE } from './support/suite.mjs';
import { keys, KEYS } from './support/webdriver.mjs';
import { ORDER, stepWith, title } from './support/content.mjs';

const ctx = suite();
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const AFTER = ORDER[ORDER.indexOf(CHARTED.id) + 1];
const RIPPLE = stepWith({ view: 'ripple', control: 'tiktok' });

/** Waits for `script` (given `args`) to return something truthy; fails naming `what` and the step shown after 3 s. */
const until = (session, script, what, args = []) => session.until(script, { what, args, seen: `return [${STEP_HERE}, document.documentElement.className]` });

const heading = (session) => session.execute('return document.querySelector("main h2").textContent');
const shown = (session, css) => session.execute(`const el = document.querySelector('${css}'); return !!el && el.getClientRects().length > 0`);

test('present mode opens from its button, moves by keys, shows the notes and leaves with Escape', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 1280, height: 800 }).catch(() => {});
  await session.goto(`${ctx.server.url}?v=1&step=${CHARTED.id}&chips=domestic`);
  await session.click(await session.find('.share-bar .present-button'));
  await until(session, 'return document.documentElement.classList.contains("presenting")', 'present mode');
  assert.match(await session.execute('return location.search'), /present=1/);
  assert.equal(await shown(session, '.masthead'), false, 'the masthead is still shown');
  assert.equal(await shown(session, '.reading'), false, 'the notes are shown before they are asked for');
  const share = await session.execute('return document.querySelector("main .view").getBoundingClientRect().width / innerWidth');
  assert.ok(share > 0.55, `the view takes ${Math.round(share * 100)}% of the width`);
  // Keys go to the page, not to a button that has focus.
  await session.execute('document.activeElement.blur()');
  await keys(session, KEYS.ArrowRight);
  await until(session, 'return document.querySelector("main h2").textContent === arguments[0]', 'the next slide', [title(AFTER)]);
  await keys(session, KEYS.End);
  await until(session, `return ${STEP_HERE} === arguments[0]`, 'the last slide', [ORDER.at(-1)]);
  await keys(session, KEYS.Home);
  await until(session, `return ${STEP_HERE} === null`, 'the first slide');
  await keys(session, 'n');
  await until(session, 'return document.documentElement.classList.contains("with-notes")', 'the notes');
  assert.equal(await shown(session, '.reading'), true);
  // The first Escape closes the notes, the slides stay; the next one leaves.
  await keys(session, KEYS.Escape);
  await until(session, 'return !document.documentElement.classList.contains("with-notes")', 'the notes closed');
  assert.match(await session.execute('return location.search'), /present=1/, 'Escape with the notes open left the slides');
  await keys(session, KEYS.Escape);
  await until(session, 'return !document.documentElement.classList.contains("presenting")', 'leaving present mode');
  assert.equal(await shown(session, '.masthead'), true);
  assert.equal(await heading(session), title(ORDER[0]));
  const search = await session.execute('return location.search');
  assert.doesNotMatch(search, /present=/);
  assert.match(search, /chips=domestic/);
});

test('a link opens present mode, and its toolbar leaves it', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=${RIPPLE.id}&present=1`);
  await until(session, 'return document.documentElement.classList.contains("presenting")', 'present mode');
  assert.equal(await heading(session), title(RIPPLE.id));
  assert.equal(await shown(session, 'main fieldset'), true, 'the step\'s assumption cannot be flipped');
  await session.click(await session.find('.present-bar button:last-of-type'));
  await until(session, 'return !document.documentElement.classList.contains("presenting")', 'leaving present mode');
  assert.equal(await heading(session), title(RIPPLE.id));
});

test('Back after "Leave slides" leaves the slides behind: it goes to where the teacher was before presenting, not to an earlier slide', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 1280, height: 800 }).catch(() => {});
  // Before presenting: the step before the charted one, then the charted one (two entries of the teacher's own).
  const BEFORE = ORDER[ORDER.indexOf(CHARTED.id) - 1];
  await session.goto(`${ctx.server.url}steps/${BEFORE}/?v=1`);
  await session.waitFor('main h2');
  await session.click(await session.find('.step-nav button:last-of-type, .step-nav a:last-of-type'));
  await until(session, `return ${STEP_HERE} === arguments[0]`, 'the charted step', [CHARTED.id]);
  await session.click(await session.find('.share-bar .present-button'));
  await until(session, 'return document.documentElement.classList.contains("presenting")', 'present mode');
  await session.execute('document.activeElement.blur()');
  // Three slides on, then End, then Home, as the teacher moved; then Escape leaves on the first slide.
  for (const key of [KEYS.ArrowRight, KEYS.ArrowRight, KEYS.End, KEYS.Home]) {
    const at = await session.execute(`return ${STEP_HERE}`);
    await keys(session, key);
    await until(session, `return ${STEP_HERE} !== arguments[0]`, 'the slide moved', [at]);
  }
  await until(session, 'return /present=1/.test(location.search)', 'the slides in the address');
  await keys(session, KEYS.Escape);
  await until(session, 'return !document.documentElement.classList.contains("presenting") && !/present=1/.test(location.search)', 'the slides left');
  const left = await session.execute(`return ${STEP_HERE}`);
  await session.back();
  await until(session, `return ${STEP_HERE} === arguments[0] && !document.documentElement.classList.contains("presenting")`,
    `Back at ${BEFORE} without the slides`, [BEFORE]);
  assert.doesNotMatch(await session.execute('return location.search'), /present=1/);
  assert.notEqual(left, BEFORE, 'the test left the slides where it started');
});
