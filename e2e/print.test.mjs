// The printed handout: one step fits one A4 and one Letter page in type of 9 points at least; the report's three
// steps take three A4 pages, each after the first headed with the scenario; a printed diagram's labels are 8 points
// at least; the chosen steps (and steps=all) are in the handout's link and a link brings them back. Pages are
// counted from Chromium's PDF (Firefox compresses its page objects), and the handout's link is the app's own logic,
// the same in every engine. Words are read from content/.
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite } from './support/suite.mjs';
import { viewport } from './support/screens.mjs';
import { setting, fill } from './support/content.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const TEXT = { en: await read('text/en/case.json'), 'zh-Hans': await read('text/zh-Hans/case.json') };
const PRESETS = await read('text/en/presets.json');
const PREDICTIONS = await read('data/predictions.json');
const ASKED = { en: await read('text/en/predictions.json'), 'zh-Hans': await read('text/zh-Hans/predictions.json') };
const STEP_TEXT = { en: await read('text/en/steps.json'), 'zh-Hans': await read('text/zh-Hans/steps.json') };
const STEPS = await read('data/steps.json');
const ROOT = { en: '', 'zh-Hans': 'zh-Hans/' };
const ASSUMPTIONS = await read('model/assumptions.json');
const ASSUMPTION_TEXT = { en: await read('text/en/assumptions.json'), 'zh-Hans': await read('text/zh-Hans/assumptions.json') };
const OUTCOME_TEXT = { en: await read('text/en/outcomes.json'), 'zh-Hans': await read('text/zh-Hans/outcomes.json') };
/** The number of pages of a PDF, from its page objects. */
const pageCount = (pdf) => (Buffer.from(pdf, 'base64').toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
const PAPER = { A4: { width: 21.0, height: 29.7 }, Letter: { width: 21.59, height: 27.94 } };
// The diagram is what students write on: its smallest label prints at 8 points at least (the label's size times
// the scale the SVG is printed at), on A4 with 1 cm margins (190 mm, 718 CSS pixels: the narrower of A4 and
// Letter), in both languages. Measured in Chromium as print media at that width. The org map is the exception:
// 480 × 492 units beside the longest step's text, it fits one Letter page only at 36% of the width, so its labels
// print at 5.5 points at least (under 4 before).
const LEAST_PT = { 'org-map': 5.5 };

const ctx = suite();

// Every step, in both languages, under a scenario that changes two assumptions (the header's longest lines): one
// page of A4 and one of US Letter, and no text on it under 9 points (the chart's labels aside: they scale with it).
test('a handout of one step fits one A4 page and one Letter page, its text in 9.5-point type, nothing under 9 points', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  const over = [];
  const small = [];
  try {
    for (const lang of ['en', 'zh-Hans']) {
      // Each step as a handout, and a step with a prediction as a worksheet too (its question where its bars were),
      // which ends on a page of its own with the model's answers for the teacher.
      const sheets = STEPS.flatMap((s) => [[s, ''], ...(PREDICTIONS.some((p) => p.step === s.id) ? [[s, '&worksheet=1']] : [])]);
      for (const [{ id, view, controls }, sheet] of sheets) {
        await named(`${lang} ${id}${sheet}`, async () => {
          await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: '' } });
          await session.goto(`${ctx.server.url}${ROOT[lang]}?v=1&step=${id}&page=handout&chips=domestic&tiktok=ban${sheet}`);
          await session.waitFor('.handout .step');
          for (const [paper, page] of Object.entries(PAPER)) {
            const pdf = await session.cmd('POST', '/print', { page, margin: { top: 1, bottom: 1, left: 1, right: 1 }, background: false });
            const pages = pageCount(pdf);
            assert.ok(pages > 0, 'no page printed');
            const expected = sheet ? 2 : 1;
            if (pages !== expected) over.push(`${lang} ${id}${sheet} on ${paper}: ${pages} pages (${expected} expected)`);
          }
          // The sizes the paper gets: the page as print media, each element that shows text of its own.
          await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: 'print' } });
          const sizes = await session.execute(`return [...document.querySelectorAll('body *')]
            .filter((e) => !e.closest('svg') && e.getClientRects().length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
            .map((e) => [e.className || e.localName, parseFloat(getComputedStyle(e).fontSize)])`);
          assert.ok(sizes.length > 10, `only ${sizes.length} elements with text on paper`);
          // Every step with controls prints the bars they move, as the last step does (the teacher's eighth try:
          // the chips step printed none, the last step all); a worksheet's asked step none (they give the answer).
          if (!sheet) {
            const bars = await session.execute('return [...document.querySelectorAll(".handout .step .outcome")].filter((e) => e.getClientRects().length).length');
            // The org map's two steps excepted: its tall view beside the longest text fills the Letter page.
            if (view !== 'org-map' && (controls ?? []).length && !bars) small.push(`${lang} ${id}: no outcome bars on paper`);
          }
          // Each term beside its definition, after a colon that shows on paper.
          const terms = await session.execute(`return [...document.querySelectorAll('.handout .terms dt')]
            .map((dt) => [dt.textContent, !!dt.querySelector('.term-sep')?.getClientRects().length])`);
          for (const [term, shown] of terms) if (!shown) small.push(`${lang} ${id}: the term "${term}" without its colon`);
          // 9 pt is 12 CSS pixels.
          for (const [what, px] of sizes) if (px < 12 - 0.01) small.push(`${lang} ${id}: ${what} at ${(px * 0.75).toFixed(1)} pt`);
          // The step's own text and its question at 9.5 points (12.7 CSS pixels): at 9 a third of the page was
          // empty; at 10 the longest steps take two pages. The org map's text stays at 9 (its first step, the
          // longest beside the tallest view, takes two Letter pages at 9.5).
          const body = await session.execute(`return [...document.querySelectorAll('.handout .step-body p, .handout .question p')]
            .filter((e) => e.getClientRects().length).map((e) => parseFloat(getComputedStyle(e).fontSize))`);
          assert.ok(body.length > 0, 'no step text on paper');
          for (const px of body) if (px < (view === 'org-map' ? 12 : 38 / 3) - 0.01) small.push(`${lang} ${id}: the step's text at ${(px * 0.75).toFixed(1)} pt`);
        });
      }
    }
  } finally {
    await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: '' } });
  }
  assert.deepEqual(over, [], 'steps that take more than one page');
  assert.deepEqual([...new Set(small)], [], 'text under 9 points, or a term without its colon, on paper');
});

// The teacher's eighth try: the handout was for reading, not a worksheet. As one (its own switch, and
// `worksheet=1` in its link), a step with a prediction prints the question, a box for each way and lines for the
// reasons, where its bars were: the scenario's result would give the answer away. Its chart is printed as it stands
// before the change asked about (the ninth try: no chart at all), captioned so; the model's answers close the
// worksheet for the teacher, in the notes' words, and while the switch is on a note under it (on screen, not on
// paper) says to print that last page once and leave it out of the class's copies. The closing words that speak to
// the screen's controls are left off paper either way.
test('the handout as a worksheet: its switch is in the link, a step\'s prediction is printed with room to answer, its chart as before the change, and the answers at the end', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  const steps = 'steps=chip-chokehold,your-scenario';
  const paper = async (fn) => {
    await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: 'print' } });
    try { return await session.execute(fn); } finally {
      await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: '' } });
    }
  };
  const shown = (css) => `return [...document.querySelectorAll('${css}')].filter((e) => e.getClientRects().length).length`;
  for (const lang of ['en', 'zh-Hans']) {
    await named(lang, async () => {
      const ui = TEXT[lang].ui;
      const chips = PREDICTIONS.find((p) => p.step === 'chip-chokehold');
      // The handout, as before: the chart and its bars printed, the on-screen words not.
      await session.goto(`${ctx.server.url}${ROOT[lang]}?v=1&step=chip-chokehold&page=handout&${steps}&chips=domestic`);
      await session.waitFor('.handout .step');
      const screenWords = ['chip-chokehold', 'your-scenario'].map((s) => STEP_TEXT[lang][s].on_screen);
      for (const words of screenWords) assert.ok(words, `no on-screen words in the ${lang} steps`);
      const plain = await paper('return document.querySelector(".handout").innerText');
      for (const words of screenWords) assert.ok(!plain.includes(words), `"${words}" printed`);
      assert.equal(await paper(shown('#step-title-chip-chokehold ~ .step-grid svg.chart')), 1, 'the chart not printed');
      assert.ok(await paper(shown('#step-title-chip-chokehold ~ .step-grid .outcome')) > 0, 'the bars not printed');
      assert.ok(!plain.includes(ASKED[lang][chips.id].question), 'the prediction printed on the plain handout');
      // The switch, by its words, writes the link; the link brings it back.
      const box = await session.find('.worksheet-choice input');
      assert.ok((await session.text(await session.find('.worksheet-choice'))).includes(ui.share.worksheet));
      // The note on where the answers print (the class's copies leave that page out) shows while the worksheet is on.
      const note = 'return [...document.querySelectorAll(".worksheet-key-note")].filter((e) => e.getClientRects().length).map((e) => e.textContent)';
      assert.deepEqual(await session.execute(note), [], 'the note on the answers\' page shown on a plain handout');
      await session.click(box);
      await session.until('return /[?&]worksheet=1(&|$)/.test(location.search)', { what: 'the link saying worksheet=1', seen: 'return location.search' });
      await session.goto(await session.execute('return location.href'));
      await session.waitFor('.handout .step');
      assert.equal(await session.execute('return document.querySelector(".worksheet-choice input").checked'), true);
      assert.deepEqual(await session.execute(note), [ui.share.worksheet_key_note], 'the note on the answers\' page not shown under the switch');
      assert.deepEqual(await paper(note), [], 'the note on the answers\' page printed');
      const head = await session.text(await session.find('.handout-header h2'));
      assert.ok(head.startsWith(ui.share.worksheet_for.split('{scenario}')[0]), `the header says "${head}"`);
      // On paper: the question, a box for each way, the lines, and why the bars are left out; the chart as before the
      // change (chips as in 2025, though the scenario cuts them off), captioned so; no bars.
      const sheet = await paper('return document.querySelector(".handout").innerText');
      const chipsText = ASSUMPTION_TEXT[lang][chips.assumption];
      const before = ASSUMPTIONS.find((a) => a.id === chips.assumption).default;
      assert.notEqual(before, chips.option);
      const caption = fill(ui.share.worksheet_before, { assumption: chipsText.label, option: chipsText.options[before].label });
      assert.equal(await paper('return document.querySelector("#step-title-chip-chokehold ~ .step-grid .worksheet-before-line")?.textContent'), caption, 'the before chart\'s caption');
      for (const words of [ASKED[lang][chips.id].question, ui.predict.up, ui.predict.same, ui.predict.down, ui.share.worksheet_why, ui.share.worksheet_held]) {
        assert.ok(sheet.includes(words), `the worksheet without "${words}"`);
      }
      for (const words of screenWords) assert.ok(!sheet.includes(words), `"${words}" printed on the worksheet`);
      assert.equal(await paper(shown('#step-title-chip-chokehold ~ .step-grid svg.chart')), 1, 'the before chart not printed on the worksheet');
      assert.equal(await paper(shown('#step-title-chip-chokehold ~ .step-grid .outcome')), 0, 'the bars printed on the worksheet');
      assert.ok(await paper('return document.querySelector(".worksheet-lines").getBoundingClientRect().height') >= 48, 'no room to answer');
      // The last step has no prediction: its view (the ending and the bars) stays.
      assert.ok(await paper(shown('#step-title-your-scenario ~ .step-grid .outcome')) > 0, 'the last step without its bars');
      // The answers, last, on a page of their own: one line for the one question, the model's sentence with its
      // outcome and a direction (from chips as in 2025, as the question asks it).
      const key = await paper(`const k = document.querySelector('.handout > .worksheet-key');
        return k && { last: !k.nextElementSibling, heading: k.querySelector('h2').textContent, page: getComputedStyle(k).breakBefore,
          lines: [...k.querySelectorAll('li')].map((li) => li.querySelector('.worksheet-key-model').textContent) }`);
      assert.ok(key, 'no answers for the teacher');
      assert.deepEqual([key.last, key.heading, key.page, key.lines.length], [true, ui.share.worksheet_key, 'page', 1]);
      const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const parts = { '{outcome}': esc(OUTCOME_TEXT[lang][chips.outcome].label), '{from}': '(-?\\d+)', '{to}': '(-?\\d+)',
        '{direction}': `(?:${[ui.predict.up, ui.predict.same, ui.predict.down].map(esc).join('|')})` };
      const m = key.lines[0].match(new RegExp(`^${ui.predict.model.split(/(\{\w+\})/).map((part) => parts[part] ?? esc(part)).join('')}$`));
      assert.ok(m, `the answer for the teacher ${JSON.stringify(key.lines[0])} is not the model's sentence`);
      assert.notEqual(m[1], m[2], 'the answer for the teacher says the outcome does not move');
      // Unticked, the link drops it.
      await session.click(await session.find('.worksheet-choice input'));
      await session.until('return !/worksheet=/.test(location.search)', { what: 'the link without worksheet', seen: 'return location.search' });
      assert.deepEqual(await session.execute(note), [], 'the note on the answers\' page left after the worksheet is off');
    });
  }
});

test('a handout of the report\'s three steps takes three A4 pages, one a step, each page after the first headed with the scenario', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  // The teacher's three steps of the report (TikTok, chips, the last step): six A4 pages before, two of them nearly blank.
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=handout&steps=tiktok-shadow,chip-chokehold,your-scenario&chips=domestic&tiktok=ban`);
  await session.until('return document.querySelectorAll(".handout .step").length === 3', { what: 'three steps' });
  const pdf = await session.cmd('POST', '/print', { page: PAPER.A4, margin: { top: 1, bottom: 1, left: 1, right: 1 }, background: false });
  assert.equal(pageCount(pdf), 3);
  // Pages 2 and 3 start with the scenario, its name and what it changes (the teacher's fourth try: a loose sheet
  // did not say which scenario it showed); the first page has the whole header.
  try {
    await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: 'print' } });
    const heads = await session.execute(`return [...document.querySelectorAll('.handout .step')].map((step) => {
      const before = step.previousElementSibling;
      return before?.classList.contains('handout-running') && before.getClientRects().length ? before.textContent : null; })`);
    const name = fill(TEXT.en.ui.share.handout_for, { scenario: PRESETS.decoupling.title });
    assert.equal(heads[0], null, 'a running line over the first page\'s header');
    for (const [i, head] of heads.slice(1).entries()) {
      for (const words of [name, setting('chips', 'domestic'), setting('tiktok', 'ban')]) {
        assert.ok(head?.includes(words), `page ${i + 2} starts without "${words}": ${head}`);
      }
    }
  } finally {
    await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { media: '' } });
  }
});

test('the handout\'s chosen steps are in its link, and a link brings them back', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=handout`);
  await session.waitFor('.handout .step');
  const choices = await session.findAll('.step-choice input');
  // Add the TikTok step and the last one.
  const ids = STEPS.map((s) => s.id);
  await session.click(choices[ids.indexOf('tiktok-shadow')]);
  await session.click(choices[ids.indexOf('your-scenario')]);
  const wanted = 'steps=tiktok-shadow,chip-chokehold,your-scenario';
  await session.until(`return location.search.includes('${wanted}')`, { what: `the link saying ${wanted}` });
  const link = await session.execute('return location.href');
  await session.goto(link);
  await session.waitFor('.handout .step');
  const printed = await session.execute('return [...document.querySelectorAll(".handout .step h2")].map((h) => h.id)');
  assert.deepEqual(printed, ['step-title-tiktok-shadow', 'step-title-chip-chokehold', 'step-title-your-scenario']);
  assert.equal(await session.execute('return document.querySelectorAll(".step-choice input:checked").length'), 3);
});

test('a handout\'s printed diagram is large enough to read: no label under 8 points on A4', async () => {
  const { session } = ctx.browser;
  const small = [];
  const cdp = (cmd, params) => session.cmd('POST', '/goog/cdp/execute', { cmd, params });
  try {
    await cdp('Emulation.setDeviceMetricsOverride', { width: 718, height: 1016, deviceScaleFactor: 1, mobile: false });
    for (const lang of ['en', 'zh-Hans']) {
      for (const { id, view } of STEPS) {
        await named(`${lang} ${id}`, async () => {
          await cdp('Emulation.setEmulatedMedia', { media: '' });
          await session.goto(`${ctx.server.url}${ROOT[lang]}?v=1&step=${id}&page=handout&chips=domestic&tiktok=ban`);
          await session.waitFor('.handout .step');
          await cdp('Emulation.setEmulatedMedia', { media: 'print' });
          const labels = await session.execute(`const svg = document.querySelector('.handout .view svg.chart');
            if (!svg) return [];
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width * 718 / document.documentElement.clientWidth;
            return [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && t.getClientRects().length)
              .map((t) => [t.textContent.trim().slice(0, 24), parseFloat(getComputedStyle(t).fontSize) * scale * 0.75])`);
          const least = LEAST_PT[view] ?? 8;
          for (const [label, pt] of labels) if (pt < least - 0.01) small.push(`${lang} ${id}: "${label}" at ${pt.toFixed(1)} pt`);
        });
      }
    }
  } finally {
    await cdp('Emulation.setEmulatedMedia', { media: '' });
    await cdp('Emulation.clearDeviceMetricsOverride', {});
  }
  assert.deepEqual(small, [], 'labels printed under 8 points');
});

test('"All steps" on the handout is linkable as steps=all, and such a link prints every step', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=handout&steps=all`);
  await session.until('return document.querySelectorAll(".handout .step").length === arguments[0]', { args: [STEPS.length], what: 'every step' });
  assert.match(await session.execute('return location.search'), /[?&]steps=all(&|$)/);
  assert.equal(await session.execute('return !!document.querySelector(".link-notice")'), false, 'a notice about the link');
  // Chosen with the button, from one step, it is written so.
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=handout`);
  await session.waitFor('.handout .step');
  let all = null;
  for (const b of await session.findAll('.step-choices-quick button')) if (await session.text(b) === TEXT.en.ui.share.all_steps) all = b;
  assert.ok(all, 'no "All steps" button');
  await session.click(all);
  await session.until('return /[?&]steps=all(&|$)/.test(location.search)', { what: 'the link saying steps=all', seen: 'return location.search' });
});
