// What a writer meets: the embed panel copies its code by a button and offers the embed with or without the
// step's controls, in the reader's colours or fixed light or dark; the code's default height, the step's
// `embed_height` in content/data/steps.json, shows the embedded step whole in a host that strips the resizing
// script, and is not much taller than the step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';

const BLANK = '<!doctype html><html lang="en"><head><title>A host that strips scripts</title><link rel="icon" href="data:,"></head><body></body></html>';
const ctx = suite({ serverOptions: async () => ({ extra: { 'blank-host.html': BLANK } }) });

const STEPS = JSON.parse(await readFile(new URL('../content/data/steps.json', import.meta.url), 'utf8'));

const heightOf = (code) => Number(/height="(\d+)"/.exec(code)?.[1]);

/** The embed code of `step`, with or without the controls, as the panel gives it. */
async function codeOf(session, step, controls) {
  await session.goto(`${ctx.server.url}?v=1&step=${step}`);
  await session.waitFor('main h2');
  await session.click(await session.find('.embed-code summary'));
  if (!controls) await session.click(await session.find('.embed-option input'));
  return session.execute('return document.querySelector(".embed-code textarea").value');
}

const code = (session) => session.execute('return document.querySelector(".embed-code textarea").value');

test('the embed code is copied by its button, with or without the controls, in the colours chosen', async () => {
  const { session } = ctx.browser;
  const heights = STEPS.find((s) => s.id === 'chip-chokehold').embed_height;
  const without = await codeOf(session, 'chip-chokehold', false);
  assert.match(without, /\/steps\/chip-chokehold\/\?v=1&amp;embed=1&amp;controls=0"/);
  assert.equal(heightOf(without), heights.view);
  await session.click(await session.find('.embed-option input'));
  await session.click(await session.find('.embed-colours input[value=dark]'));
  assert.match(await code(session), /\/steps\/chip-chokehold\/\?v=1&amp;embed=1&amp;theme=dark"/);
  // The reader's system only when asked for: an embed is light by default.
  await session.click(await session.find('.embed-colours input[value=auto]'));
  assert.match(await code(session), /\/steps\/chip-chokehold\/\?v=1&amp;embed=1&amp;theme=auto"/);
  await session.click(await session.find('.embed-colours input[value=light]'));
  const withControls = await code(session);
  assert.match(withControls, /\/steps\/chip-chokehold\/\?v=1&amp;embed=1"/);
  assert.equal(heightOf(withControls), heights.controls);
  await session.click(await session.find('.embed-code button'));
  let outcome = '';
  for (let tries = 0; tries < 60 && !outcome; tries++) {
    await sleep(50);
    outcome = await session.execute(`return document.querySelector('.copied').textContent
      || (document.querySelector('.by-hand input') || {}).value || ''`);
  }
  assert.ok(outcome === 'Code copied' || outcome.startsWith('<iframe'), outcome);
});

test('an embed fixed light or dark keeps its colours whatever the reader\'s system prefers', async () => {
  const { session } = ctx.browser;
  const background = () => session.execute('return getComputedStyle(document.body).backgroundColor');
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) < 3 * 128;
  for (const theme of ['light', 'dark']) {
    // Chromium can pretend the system prefers the other theme; the other engines run with a light system.
    await session.cmd('POST', '/goog/cdp/execute', {
      cmd: 'Emulation.setEmulatedMedia',
      params: { features: [{ name: 'prefers-color-scheme', value: theme === 'dark' ? 'light' : 'dark' }] },
    }).catch(() => {});
    await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&embed=1&theme=${theme}`);
    await session.waitFor('.embedded-title');
    assert.equal(await session.execute('return document.documentElement.dataset.theme'), theme);
    assert.equal(dark(await background()), theme === 'dark', `theme=${theme}: ${await background()}`);
  }
  // Without a theme an embed is light, whatever the system prefers (dark, in Chromium); `theme=auto` follows it.
  await session.cmd('POST', '/goog/cdp/execute', {
    cmd: 'Emulation.setEmulatedMedia', params: { features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  }).catch(() => {});
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&embed=1`);
  await session.waitFor('.embedded-title');
  assert.equal(await session.execute('return document.documentElement.dataset.theme ?? null'), 'light');
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&embed=1&theme=auto`);
  await session.waitFor('.embedded-title');
  assert.equal(await session.execute('return document.documentElement.dataset.theme ?? null'), null);
});

test('a host that strips the script shows every embedded step unclipped at the code\'s height, and not much more', async () => {
  const { session } = ctx.browser;
  const cases = STEPS.flatMap(({ id }) => [[id, false], [id, true]]);
  for (const [step, controls] of cases) {
    await named(`${step}, controls ${controls ? 'on' : 'off'}`, async () => {
      const code = await codeOf(session, step, controls);
      await session.goto(`${ctx.server.url}blank-host.html`);
      // The frame as a writer's article column holds it: 720 pixels wide.
      await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "").replace(\'width="100%"\', \'width="720"\')', [code]);
      await session.frame(await session.waitFor('iframe'));
      await session.waitFor('.embedded-title', 30000);
      await sleep(200);
      // What the frame reports as its height, and what it would scroll, if anything overflows.
      const content = await session.execute(`const root = document.documentElement;
        return Math.max(Math.ceil(root.getBoundingClientRect().height), root.scrollHeight > root.clientHeight ? root.scrollHeight : 0)`);
      await session.frame();
      const key = `embed_height.${controls ? 'controls' : 'view'} of "${step}" in content/data/steps.json`;
      assert.ok(content <= heightOf(code), `${content}px of content in a ${heightOf(code)}px frame: raise ${key}`);
      assert.ok(heightOf(code) <= content * 1.15 + 40, `${content}px of content in a ${heightOf(code)}px frame: lower ${key}`);
    });
  }
});
