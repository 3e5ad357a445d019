// Predict, then look, by keyboard alone: on a step with a prediction, the reader tabs to a direction and presses
// Enter; the assumption flips, the guess shows beside the model's answer and reasons (the words "Why?" shows) and
// is announced. On another step the question is skipped with Space: nothing flips and the walkthrough goes on.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, STEP_HERE } from './support/suite.mjs';
import { keys, KEYS } from './support/webdriver.mjs';
import { MODEL, ORDER, PREDICTIONS, UI, fill, text } from './support/content.mjs';

const ctx = suite();
const ui = UI().predict;

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
const value = (session, outcome) => session.execute('return Number(document.querySelector(`.outcome[data-outcome="${arguments[0]}"]`).dataset.value)', [outcome]);
/** A prediction on a step whose next step asks one too (to skip), and another one (to guess wrong). */
const SKIPPED = PREDICTIONS.find((p) => PREDICTIONS.some((q) => ORDER.indexOf(q.step) === ORDER.indexOf(p.step) + 1));
const WRONG = PREDICTIONS.filter((p) => p !== SKIPPED && p !== PREDICTIONS[0]).at(-1) ?? PREDICTIONS[0];
const defaultOf = (assumption) => MODEL.assumptions.find((a) => a.id === assumption).default;

/**
 * What the model says of `prediction`, read off the bars (never spelled here): the outcome's value on its step as
 * it opens, and with the assumption set to the prediction's option by link; the direction by the core's rule (a
 * change of at most 2 points is about the same, `gambit_core::predict::SAME_WITHIN`).
 */
async function answerOf(session, prediction) {
  const { step, assumption, option, outcome } = prediction;
  await session.goto(`${ctx.server.url}?v=1&step=${step}&${assumption}=${option}`);
  await session.waitFor('.outcomes .outcome');
  const to = await value(session, outcome);
  await session.goto(`${ctx.server.url}?v=1&step=${step}`);
  await session.waitFor('.outcomes .outcome');
  const from = await value(session, outcome);
  const direction = to - from > 2 ? 'up' : to - from < -2 ? 'down' : 'same';
  return { from, to, direction, label: text('outcomes.json')[outcome].label };
}

test('a prediction answered by keyboard flips the assumption and shows the guess beside the model\'s answer and reasons', async () => {
  const { session } = ctx.browser;
  const prediction = PREDICTIONS[0];
  const { assumption, option, outcome, step } = prediction;
  const answer = await answerOf(session, prediction);
  await open(session, `?v=1&step=${step}`);
  assert.equal(await checked(session, `assumption-${assumption}`), defaultOf(assumption));
  const legend = await session.execute('return document.querySelector(".predict-question legend").textContent');
  assert.ok(legend.toLowerCase().includes(answer.label.toLowerCase()), `"${legend}" does not name ${answer.label}`);
  await tabTo(session, '.predict-choices button', ui[answer.direction]);
  await keys(session, KEYS.Enter);
  await session.until('return !!document.querySelector(".predict-result")', { what: 'the answer' });
  assert.equal(await checked(session, `assumption-${assumption}`), option, 'the assumption did not flip');
  await session.until('return location.search.includes(arguments[0])', { args: [`${assumption}=${option}`], what: 'the address following the flip', seen: 'return location.search' });
  const shown = await session.execute(`const r = document.querySelector('.predict-result');
    return { guess: r.querySelector('.predict-guess').textContent, model: r.querySelector('.predict-model').textContent,
      verdict: r.querySelector('.predict-verdict').textContent, reasons: [...r.querySelectorAll('.causes li')].map((li) => li.textContent),
      focused: r.contains(document.activeElement), question: !!document.querySelector('.predict-question') }`);
  const direction = ui[answer.direction];
  assert.equal(shown.guess, fill(ui.guess, { direction }));
  assert.equal(shown.model, fill(ui.model, { outcome: answer.label, from: answer.from, to: answer.to, direction }));
  assert.equal(shown.verdict, ui.matched);
  assert.equal(shown.focused, true, 'focus is not on the answer');
  assert.equal(shown.question, false, 'the question is still asked');
  // The reasons are the model's rules, worded as "Why?" words them on the outcome's bar.
  const why = await session.execute('return [...document.querySelectorAll(`.outcome[data-outcome="${arguments[0]}"] .why .causes li`)].map((li) => li.textContent)', [outcome]);
  assert.ok(shown.reasons.length > 0, 'no reason shown');
  for (const reason of shown.reasons) assert.ok(why.includes(reason), `"${reason}" is not among "Why?"'s ${JSON.stringify(why)}`);
  // The change is marked on the bar, and announced with the guess.
  assert.equal(await session.execute('return document.querySelector(`.outcome[data-outcome="${arguments[0]}"]`).classList.contains("changed")', [outcome]), true);
  const said = await announced(session);
  assert.ok(said.includes(shown.guess), `"${said}" does not say "${shown.guess}"`);
  assert.ok(said.includes(`${answer.from}`) && said.includes(`${answer.to}`), `"${said}" does not say from ${answer.from} to ${answer.to}`);
});

test('a wrong guess is said to differ, and the model\'s answer stands beside it', async () => {
  const { session } = ctx.browser;
  const prediction = WRONG;
  const answer = await answerOf(session, prediction);
  const wrong = answer.direction === 'down' ? 'up' : 'down';
  await open(session, `?v=1&step=${prediction.step}`);
  await tabTo(session, '.predict-choices button', ui[wrong]);
  await keys(session, KEYS.Space);
  await session.until('return !!document.querySelector(".predict-result")', { what: 'the answer' });
  assert.equal(await checked(session, `assumption-${prediction.assumption}`), prediction.option);
  assert.equal(await session.execute('return document.querySelector(".predict-verdict").textContent'), ui.missed);
  assert.ok((await session.execute('return document.querySelector(".predict-model").textContent')).endsWith(`(${ui[answer.direction]})`));
});

test('a prediction skipped by keyboard flips nothing, and the walkthrough goes on', async () => {
  const { session } = ctx.browser;
  const prediction = SKIPPED;
  assert.ok(prediction, 'no two predictions on steps in a row');
  const next = ORDER[ORDER.indexOf(prediction.step) + 1];
  await open(session, `?v=1&step=${prediction.step}`);
  await tabTo(session, '.predict-skip', ui.skip);
  await keys(session, KEYS.Space);
  await session.until('return !document.querySelector(".predict-question")', { what: 'the question going away' });
  assert.equal(await session.execute('return !!document.querySelector(".predict-result")'), false, 'an answer shows after a skip');
  assert.equal(await checked(session, `assumption-${prediction.assumption}`), defaultOf(prediction.assumption), 'the assumption flipped');
  assert.ok(!(await session.execute('return location.search')).includes(`${prediction.assumption}=`));
  assert.equal(await announced(session), ui.skipped);
  // Focus stays in the step, so the keys go on: the arrow moves to the next step.
  assert.equal(await session.execute('return document.querySelector("main").contains(document.activeElement)'), true);
  await keys(session, KEYS.ArrowRight);
  await session.until(`return ${STEP_HERE} === arguments[0]`, { args: [next], what: 'the next step', seen: `return ${STEP_HERE}` });
  // The next step asks its own question.
  await session.waitFor('.predict-question');
});
