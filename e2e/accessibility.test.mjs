// Accessibility: axe-core, injected into every step, "How this works", Compare, the Handout, an embedded step,
// present mode, the QR codes, and a prediction asked and answered, in English and in Chinese, in the light and the dark theme, finds no serious or critical violation;
// and symbols drawn by CSS stay out of accessible names.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite, useTheme } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';

const AXE = new URL('./node_modules/axe-core/axe.min.js', import.meta.url);
// axe-core runs in Chromium; the other engines run every other test.
const skip = browserEngine.name !== 'chromium' && 'axe-core runs in Chromium only';
let axeSource;

const ctx = suite({ skip });

before(async () => {
  if (!skip) axeSource = await readFile(AXE, 'utf8');
});

/**
 * Serious and critical violations on the page as it is now, one line each. axe leaves an id that is used by ARIA or
 * a label but given twice to review; such a reference names the wrong element, so here it is a violation.
 */
async function violations(session) {
  await session.execute(`${axeSource}; axe.configure({ rules: [{ id: 'duplicate-id-aria', reviewOnFail: false }] });
    return true;`);
  return session.executeAsync(`const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')
        + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))));`);
}

for (const [lang, root] of [['English', ''], ['Chinese', 'zh-Hans/']]) for (const theme of ['light', 'dark']) {
  test(`no serious or critical violation on any step, in ${lang}, ${theme} theme`, { skip }, async () => {
    const { session } = ctx.browser;
    await session.goto(ctx.server.url + root);
    await session.waitFor('h2');
    await useTheme(session, theme);
    const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
    const found = [];
    for (let i = 0; i < total; i += 1) {
      await named(`step ${i + 1}, ${theme}`, async () => {
        const buttons = await session.findAll('.progress-list button');
        await session.click(buttons[i]);
        const title = await session.execute('return document.querySelector("h2").textContent');
        for (const v of await violations(session)) found.push(`step ${i + 1} "${title}", ${theme}: ${v}`);
      });
    }
    await session.click(await session.find('.how-button'));
    for (const v of await violations(session)) found.push(`How this works, ${theme}: ${v}`);
    assert.deepEqual(found, []);
  });

  test(`no serious or critical violation on Compare, the Handout, an embedded step, present mode, the QR codes and a prediction, in ${lang}, ${theme} theme`, { skip }, async () => {
    const { session } = ctx.browser;
    const found = [];
    // Some states take a click after the page opens: the QR codes shown, a prediction asked, then answered.
    const clicking = (css) => async () => session.click(await session.waitFor(css, 5000));
    for (const [page, query, then] of [
      ['Compare', '?page=compare'], ['Handout', '?page=handout'], ['Embedded step', `?step=chip-chokehold&embed=1&theme=${theme}`],
      ['Present mode', '?step=chip-chokehold&present=1'],
      ['Present mode with its QR code', '?step=chip-chokehold&present=1', clicking('.present-bar .qr-button')],
      ['The share panel\'s QR code', '?step=chip-chokehold', clicking('.qr-panel summary')],
      ['A prediction asked', '?step=chip-chokehold', clicking('.predict-question legend')],
      ['A prediction answered', '?step=chip-chokehold', clicking('.predict-choices button')],
    ]) {
      await named(`${page}, ${theme}`, async () => {
        await session.goto(ctx.server.url + root + query);
        await session.waitFor('main h2, .embedded-title');
        await useTheme(session, theme);
        if (then) await then();
        for (const v of await violations(session)) found.push(`${page}, ${lang}, ${theme}: ${v}`);
      });
    }
    assert.deepEqual(found, []);
  });
}

test('symbols drawn by CSS stay out of accessible names', { skip }, async () => {
  const { session } = ctx.browser;
  // WebDriver's Get Computed Label gives the name assistive technology reads.
  const label = async (css) => session.cmd('GET', `/element/${await session.find(css)}/computedlabel`);
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=compare&b=decoupling`);
  await session.waitFor('table.compare tr.differs th');
  const names = [await label('.theme-switch'), await label('table.compare tr.differs th')];
  for (const name of names) assert.doesNotMatch(name, /[\u25D0\u25C6]/, `"${name}"`);
  assert.match(names[0], /theme/);
});
