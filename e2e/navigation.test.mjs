// End-to-end: the walkthrough is walked step by step, with "Next" and with the arrow keys, and the list of steps
// jumps anywhere; the page never reloads.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, suite } from './support/suite.mjs';
import { KEYS, press } from './support/webdriver.mjs';
import { ORDER, stepWith } from './support/content.mjs';


const ctx = suite();


const title = (session) => session.execute('return document.querySelector("h2").textContent');
const stepCount = (session) => session.execute('return document.querySelectorAll(".progress-list li").length');

test('Next walks every step in order without reloading the page', async () => {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url);
  await session.waitFor('h2');
  await session.execute('window.__sameDocument = true');
  const total = await stepCount(session);
  assert.equal(total, ORDER.length, 'steps in the list');
  const titles = [await title(session)];
  const next = await session.find('.step-nav button:last-of-type');
  for (let i = 1; i < total; i += 1) {
    await named(`Next to step ${i + 1}`, async () => {
      await session.click(next);
      titles.push(await title(session));
      const current = await session.execute('return document.querySelector("[aria-current=step] .step-number").textContent.trim()');
      assert.equal(current, String(i + 1));
    });
  }
  assert.equal(new Set(titles).size, total, `every step has its own title: ${titles.join(' | ')}`);
  assert.equal(await session.execute('return document.querySelector(".step-nav button:last-of-type").getAttribute("aria-disabled")'), "true");
  assert.equal(await session.execute('return window.__sameDocument'), true, 'the page was not reloaded');
});

test('the arrow keys move between steps, but not while a control has focus', async () => {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url);
  await session.waitFor('h2');
  const total = await stepCount(session);
  const titles = [await title(session)];
  for (let i = 1; i < total; i += 1) {
    await named(`ArrowRight to step ${i + 1}`, async () => {
      await press(session, KEYS.ArrowRight);
      titles.push(await title(session));
    });
  }
  assert.equal(new Set(titles).size, total, titles.join(' | '));
  for (let i = total - 1; i > 0; i -= 1) {
    await named(`ArrowLeft to step ${i}`, async () => {
      await press(session, KEYS.ArrowLeft);
      assert.equal(await title(session), titles[i - 1]);
    });
  }
  // On a step with a radio group, arrows inside the group change the option, not the step.
  await session.goto(`${ctx.server.url}?step=${stepWith({ control: 'chips' }).id}`);
  await session.waitFor('h2');
  const before = await title(session);
  await session.execute('document.querySelector("input[name=assumption-chips]:checked").focus()');
  await press(session, KEYS.ArrowRight);
  assert.equal(await title(session), before);
});

test('the list of steps jumps to any step', async () => {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url);
  await session.waitFor('h2');
  const buttons = await session.findAll('.progress-list a');
  await session.click(buttons[buttons.length - 1]);
  assert.equal(await session.execute('return document.querySelector(".step-nav button:last-of-type").getAttribute("aria-disabled")'), "true");
  await session.click(buttons[2]);
  assert.equal(await session.execute('return document.querySelector("[aria-current=step] .step-number").textContent.trim()'), '3');
});
