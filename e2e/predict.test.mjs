// Predict, then look, by keyboard alone: on a step with a prediction, the reader tabs to a direction and presses
// Enter; the assumption flips, the guess shows beside the model's answer and reasons (the words "Why?" shows) and
// is announced. On another step the question is skipped with Space: nothing flips and the walkthrough goes on.
// In all three engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, STEP_HERE } from './support/suite.mjs';
import { keys, KEYS } from './support/webdriver.mjs';

const ctx = suite();

/** Presses Tab until the focused element is the button under `css` reading `text`; fails after 40 presses. */
async function tabTo(session, css, text) {
  const there = `const el = document.activeElement; return !!el && el.matches(arguments[0]) && el.textContent.trim() === arguments[1]`;
  for (let presses = 0; presses < 40; presses++) {
    if (await session.execute(there, [css, text])) return;
    await session.execute('window.__from = document.activeElement');
    await keys(session, KEYS.Tab);
    await session.until('return document.activeElement !== window.__from', { ms: 1000 });
  }
  throw new Error(`Tab never reached ${css} "${text}"; focus is on ${await session.execute('return document.activeElement?.outerHTML.slice(0, 80)')}`);
}

/** Opens `query` and puts focus on the step's heading, as the skip link does. */
async function open(session, query) {
  await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
  await session.goto(`${ctx.server.url}${query}`);
  await session.waitFor('.predict-question');
  await session.execute('document.querySelector("main h2").focus()');
}

const checked = (session, name) => session.execute(`return document.querySelector('input[name="${name}"]:checked').value`);
const announced = (session) => session.execute('return document.querySelector("main [role=status][aria-live]").textContent');

test('a prediction answered by keyboard flips the assumption and shows the guess beside the model\'s answer and reasons', async () => {
  const { session } = ctx.browser;
  await open(session, '?v=1&step=chip-chokehold');
  assert.equal(await checked(session, 'assumption-chips'), 'compliant');
  const legend = await session.execute('return document.querySelector(".predict-question legend").textContent');
  assert.match(legend, /compute access/);
  await tabTo(session, '.predict-choices button', 'Down');
  await keys(session, KEYS.Enter);
  await session.until('return !!document.querySelector(".predict-result")', { what: 'the answer' });
  assert.equal(await checked(session, 'assumption-chips'), 'domestic', 'the assumption did not flip');
  await session.until('return location.search.includes("chips=domestic")', { what: 'the address following the flip' });
  const shown = await session.execute(`const r = document.querySelector('.predict-result');
    return { guess: r.querySelector('.predict-guess').textContent, model: r.querySelector('.predict-model').textContent,
      verdict: r.querySelector('.predict-verdict').textContent, reasons: [...r.querySelectorAll('.causes li')].map((li) => li.textContent),
      focused: r.contains(document.activeElement), question: !!document.querySelector('.predict-question') }`);
  assert.equal(shown.guess, 'Your guess: Down');
  assert.equal(shown.model, 'The model: Compute access from 55 to 30 (Down)');
  assert.equal(shown.verdict, 'Your guess matches the model.');
  assert.equal(shown.focused, true, 'focus is not on the answer');
  assert.equal(shown.question, false, 'the question is still asked');
  // The reasons are the model's rules, worded as "Why?" words them on the outcome's bar.
  const why = await session.execute(`return [...document.querySelectorAll('.outcome[data-outcome="compute"] .why .causes li')].map((li) => li.textContent)`);
  assert.ok(shown.reasons.length > 0, 'no reason shown');
  for (const reason of shown.reasons) assert.ok(why.includes(reason), `"${reason}" is not among "Why?"'s ${JSON.stringify(why)}`);
  // The change is marked on the bar, and announced with the guess.
  assert.equal(await session.execute('return document.querySelector(\'.outcome[data-outcome="compute"]\').classList.contains("changed")'), true);
  const said = await announced(session);
  assert.match(said, /Your guess: Down/);
  assert.match(said, /from 55 to 30/);
});

test('a wrong guess is said to differ, and the model\'s answer stands beside it', async () => {
  const { session } = ctx.browser;
  await open(session, '?v=1&step=incentives');
  await tabTo(session, '.predict-choices button', 'Up');
  await keys(session, KEYS.Space);
  await session.until('return !!document.querySelector(".predict-result")', { what: 'the answer' });
  assert.equal(await checked(session, 'assumption-research'), 'squeezed');
  assert.equal(await session.execute('return document.querySelector(".predict-verdict").textContent'), 'Your guess differs from the model.');
  assert.match(await session.execute('return document.querySelector(".predict-model").textContent'), /\(Down\)$/);
});

test('a prediction skipped by keyboard flips nothing, and the walkthrough goes on', async () => {
  const { session } = ctx.browser;
  await open(session, '?v=1&step=tiktok-shadow');
  await tabTo(session, '.predict-skip', 'Skip');
  await keys(session, KEYS.Space);
  await session.until('return !document.querySelector(".predict-question")', { what: 'the question going away' });
  assert.equal(await session.execute('return !!document.querySelector(".predict-result")'), false, 'an answer shows after a skip');
  assert.equal(await checked(session, 'assumption-tiktok'), 'status-quo', 'the assumption flipped');
  assert.doesNotMatch(await session.execute('return location.search'), /tiktok=/);
  assert.equal(await announced(session), 'Question skipped.');
  // Focus stays in the step, so the keys go on: the arrow moves to the next step.
  assert.equal(await session.execute('return document.querySelector("main").contains(document.activeElement)'), true);
  await keys(session, KEYS.ArrowRight);
  await session.until(`return ${STEP_HERE} === "chip-chokehold"`, { what: 'the next step' });
  // The next step asks its own question.
  await session.waitFor('.predict-question');
});
