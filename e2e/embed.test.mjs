// What a writer meets: the embed panel copies its code by a button and offers the embed with or without the
// step's controls; the code's default height shows the embedded step whole in a host that strips the resizing
// script (every step but the last with all its controls, which is taller: see the README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, suite } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';

const BLANK = '<!doctype html><html lang="en"><head><title>A host that strips scripts</title><link rel="icon" href="data:,"></head><body></body></html>';
const ctx = suite({ serverOptions: async () => ({ extra: { 'blank-host.html': BLANK } }) });

const STEPS = ['intro', 'independent-kingdoms', 'objectives', 'money-magnet', 'hires-and-growth', 'incentives', 'returnees',
  'frictions', 'talent-dilemma', 'visible-hand', 'tiktok-shadow', 'chip-chokehold', 'going-global', 'cost-of-ambition',
  'follower-or-innovator', 'your-scenario'];

const heightOf = (code) => Number(/height="(\d+)"/.exec(code)?.[1]);

/** The embed code of `step`, with or without the controls, as the panel gives it. */
async function codeOf(session, step, controls) {
  await session.goto(`${ctx.server.url}?v=1&step=${step}`);
  await session.waitFor('main h2');
  await session.click(await session.find('.embed-code summary'));
  if (!controls) await session.click(await session.find('.embed-option input'));
  return session.execute('return document.querySelector(".embed-code textarea").value');
}

test('the embed code is copied by its button, with or without the controls', async () => {
  const { session } = ctx.browser;
  const without = await codeOf(session, 'chip-chokehold', false);
  assert.match(without, /step=chip-chokehold&amp;embed=1&amp;controls=0"/);
  assert.equal(heightOf(without), 960);
  await session.click(await session.find('.embed-option input'));
  const withControls = await session.execute('return document.querySelector(".embed-code textarea").value');
  assert.match(withControls, /step=chip-chokehold&amp;embed=1"/);
  assert.equal(heightOf(withControls), 1600);
  await session.click(await session.find('.embed-code button'));
  let outcome = '';
  for (let tries = 0; tries < 60 && !outcome; tries++) {
    await sleep(50);
    outcome = await session.execute(`return document.querySelector('.copied').textContent
      || (document.querySelector('.by-hand input') || {}).value || ''`);
  }
  assert.ok(outcome === 'Code copied' || outcome.startsWith('<iframe'), outcome);
});

test('a host that strips the script shows every embedded step unclipped at the code\'s height', async () => {
  const { session } = ctx.browser;
  const cases = STEPS.flatMap((step) => [[step, false], [step, true]]).filter(([step, c]) => !(step === 'your-scenario' && c));
  for (const [step, controls] of cases) {
    await named(`${step}, controls ${controls ? 'on' : 'off'}`, async () => {
      const code = await codeOf(session, step, controls);
      await session.goto(`${ctx.server.url}blank-host.html`);
      // The frame as a writer's article column holds it: 720 pixels wide.
      await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "").replace(\'width="100%"\', \'width="720"\')', [code]);
      await session.frame(await session.waitFor('iframe'));
      await session.waitFor('.embedded-title', 30000);
      await sleep(200);
      const content = await session.execute('return document.documentElement.scrollHeight');
      await session.frame();
      assert.ok(content <= heightOf(code), `${content}px of content in a ${heightOf(code)}px frame`);
    });
  }
});
