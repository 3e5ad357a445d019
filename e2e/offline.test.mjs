// Offline after the first visit: once the app has run, the service worker keeps it and every step's page, so with
// the network down every step opens, its assumption flips (or, on a step without one, Next moves on), and Compare
// opens. In Chromium, as the issue asks; the other engines run every other test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite, address, STEP_HERE } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';

const skip = browserEngine.name !== 'chromium' && 'the offline run is in Chromium';
const faults = { offline: false };
const ctx = suite({ skip, serverOptions: async () => ({ faults }) });
const STEPS = JSON.parse(await readFile(new URL('../content/data/steps.json', import.meta.url), 'utf8'));
const TITLES = JSON.parse(await readFile(new URL('../content/text/en/steps.json', import.meta.url), 'utf8'));

test('after a first visit, every step opens and works with the network down', { skip }, async () => {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url);
  // The worker is installed once its cache holds every file it lists.
  const kept = await session.executeAsync(`const done = arguments[arguments.length - 1];
    (async () => {
      const worker = await navigator.serviceWorker.ready;
      for (let i = 0; i < 200; i++) {
        const name = (await caches.keys()).find((k) => k.startsWith('ai-gambit-'));
        const keys = name ? await (await caches.open(name)).keys() : [];
        if (worker.active?.state === 'activated' && keys.length > arguments[0]) return keys.length;
        await new Promise((r) => setTimeout(r, 100));
      }
      return 0;
    })().then(done, (e) => done('error: ' + e));`, [STEPS.length]);
  assert.ok(kept > STEPS.length, `the worker kept ${kept} files`);
  faults.offline = true;
  try {
    for (const step of STEPS) {
      await named(step.id, async () => {
        await session.goto(`${ctx.server.url}steps/${step.id}/`);
        assert.equal(await session.execute('return document.querySelector("main h2").textContent'), TITLES[step.id].title);
        if (step.controls?.length) {
          const flipped = await session.execute(`const radio = document.querySelector('main fieldset input[type=radio]:not(:checked)');
            if (radio) { radio.click(); return radio.checked; }
            const slider = document.querySelector('main input[type=range]');
            slider.value = slider.max; slider.dispatchEvent(new Event('input', { bubbles: true }));
            slider.dispatchEvent(new Event('change', { bubbles: true }));
            return true;`);
          assert.ok(flipped);
          // The address takes the change after a short pause.
          await session.until(`return ${STEP_HERE} === arguments[0] && location.search.includes('&')`, { args: [step === STEPS[0] ? null : step.id], ms: 2000 });
          assert.match(await address(session), new RegExp(`^(steps/${step.id}/)?\\?v=1&`));
        } else if (step !== STEPS.at(-1)) {
          await session.click(await session.find('.step-nav button:last-of-type'));
          assert.notEqual(await session.execute('return document.querySelector("main h2").textContent'), TITLES[step.id].title);
        }
      });
    }
    await session.goto(`${ctx.server.url}?v=1&step=${STEPS[0].id}&page=compare`);
    assert.ok(await session.execute('return !!document.querySelector("table.compare")'));
  } finally {
    faults.offline = false;
  }
});
