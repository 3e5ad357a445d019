// What a writer meets: the embed panel copies its code by a button and offers the embed with or without the
// step's controls; the code's height is the one the embed reports, so a host that strips the resizing script
// still shows the frame whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';

const BLANK = '<!doctype html><html lang="en"><head><title>A host that strips scripts</title><link rel="icon" href="data:,"></head><body></body></html>';
const ctx = suite({ serverOptions: async () => ({ extra: { 'blank-host.html': BLANK } }) });

/** Polls `read` until `done` holds for its value, for at most `ms`; returns the last value. */
async function until(read, done, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(100);
  }
}

const heightOf = (code) => Number(/height="(\d+)"/.exec(code)?.[1]);

/** The embed code of `step` once the panel has measured it (with or without the controls). */
async function measuredCode(session, step, controls) {
  await session.goto(`${ctx.server.url}?v=1&step=${step}`);
  await session.waitFor('main h2');
  await session.click(await session.find('.embed-code summary'));
  if (!controls) await session.click(await session.find('.embed-option input'));
  const rough = controls ? 1250 : 720;
  const code = await until(() => session.execute('return document.querySelector(".embed-code textarea").value'),
    (c) => heightOf(c) !== rough && /embed=1/.test(c));
  assert.notEqual(heightOf(code), rough, `${step}: the embed was never measured`);
  return code;
}

test('the embed code is copied by its button, with or without the controls', async () => {
  const { session } = ctx.browser;
  const withControls = await measuredCode(session, 'chip-chokehold', true);
  assert.match(withControls, /step=chip-chokehold&amp;embed=1"/);
  const without = await measuredCode(session, 'chip-chokehold', false);
  assert.match(without, /embed=1&amp;controls=0"/);
  assert.ok(heightOf(without) < heightOf(withControls), `${heightOf(without)} vs ${heightOf(withControls)}`);
  await session.click(await session.find('.embed-code button'));
  const outcome = await until(() => session.execute(`return document.querySelector('.copied').textContent
    || (document.querySelector('.by-hand input') || {}).value || ''`), (o) => o !== '', 3000);
  assert.ok(outcome === 'Code copied' || outcome.startsWith('<iframe'), outcome);
});

test('a host that strips the script shows the embedded step unclipped at the code\'s height', async () => {
  const { session } = ctx.browser;
  for (const [step, controls] of [['independent-kingdoms', true], ['your-scenario', true], ['going-global', true], ['chip-chokehold', false]]) {
    const code = await measuredCode(session, step, controls);
    await session.goto(`${ctx.server.url}blank-host.html`);
    await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "")', [code]);
    await session.frame(await session.waitFor('iframe'));
    await session.waitFor('.embedded-title', 30000);
    await sleep(300);
    const content = await session.execute('return document.documentElement.scrollHeight');
    await session.frame();
    const frame = await session.execute('return document.querySelector("iframe").getBoundingClientRect().height');
    assert.ok(content <= frame + 1, `${step} (controls: ${controls}): ${content}px of content in a ${frame}px frame`);
  }
});
