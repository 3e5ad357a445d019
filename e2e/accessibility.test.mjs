// Accessibility: axe-core, injected into every step and into "How this works", in the light and the dark theme,
// finds no serious or critical violation.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';

const AXE = new URL('./node_modules/axe-core/axe.min.js', import.meta.url);
// axe-core runs in Chromium; the other engines run every other test.
const skip = browserEngine.name !== 'chromium' && 'axe-core runs in Chromium only';
let axeSource;

const ctx = suite({ skip });

before(async () => {
  if (!skip) axeSource = await readFile(AXE, 'utf8');
});


/** Serious and critical violations on the page as it is now, one line each. */
async function violations(session) {
  await session.execute(`${axeSource}; return true;`);
  return session.executeAsync(`const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))));`);
}

for (const theme of ['light', 'dark']) {
  test(`no serious or critical violation on any step, ${theme} theme`, { skip }, async () => {
    const { session } = ctx.browser;
    await session.goto(ctx.server.url);
    await session.waitFor('h2');
    // The switch starts from the system's preference; press it until the page is in the wanted theme.
    const pressed = await session.execute('return document.querySelector(".theme-switch").dataset.dark');
    if ((pressed === 'true') !== (theme === 'dark')) await session.click(await session.find('.theme-switch'));
    const effective = await session.execute(`return document.documentElement.dataset.theme
      || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')`);
    assert.equal(effective, theme);
    const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
    const found = [];
    for (let i = 0; i < total; i += 1) {
      const buttons = await session.findAll('.progress-list button');
      await session.click(buttons[i]);
      const title = await session.execute('return document.querySelector("h2").textContent');
      for (const v of await violations(session)) found.push(`step ${i + 1} "${title}": ${v}`);
    }
    await session.click(await session.find('.how-button'));
    for (const v of await violations(session)) found.push(`How this works: ${v}`);
    assert.deepEqual(found, []);
  });
}
