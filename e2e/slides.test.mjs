// Present mode, the teacher's slides at 1024×768, 1280×800 and 1920×1080: each slide fits (view, sentence,
// control, question and every outcome on one screen, no sideways scroll, side text large enough for the back row)
// in 2025 and with the chips cut off, and a short one grows its type to fill the screen, in one visit per slide and
// size; a revealed slide fits; no focus ring frames the title after a slide change; the teacher's notes come into
// view on N, open on the discussion question in a column of their own and cover none of the slide, which is scaled
// beside them; Escape closes the QR code, then the notes, before it leaves the slides; the QR code is laid over the slide (or
// the comparison), most of the screen and readable by jsQR, and leaves it as it was, notes included; Compare presented shows the two scenarios on one screen;
// Predict's answers and "Skip" share a line; an answer clicked leaves no focus ring. Words are read from content/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite, STEP_HERE } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';
import { keys, KEYS, sleep } from './support/webdriver.mjs';
import { PROJECTORS, shot, viewport } from './support/screens.mjs';
import { fill } from './support/content.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const TEXT = { en: await read('text/en/case.json'), 'zh-Hans': await read('text/zh-Hans/case.json') };
const STEPS = await read('data/steps.json');
const ROOT = { en: '', 'zh-Hans': 'zh-Hans/' };
const PREDICT = '.predict-choices button';
/** No fit of the slide pending: the app takes `data-fitted` off `<html>` when it asks for a fit and puts it back once
 * the last one asked for has settled (`src/views/present/fit.rs`). */
const SETTLED = 'return !!document.documentElement.dataset.fitted';

/** The teacher's notes window the slides' window `slides` just opened, once the browser has it (within 5 s). */
async function notesWindow(session, slides) {
  let handles = [];
  for (const deadline = Date.now() + 5000; handles.length < 2 && Date.now() <= deadline; await sleep(100)) {
    handles = await session.cmd('GET', '/window/handles');
  }
  const notes = handles.find((h) => h !== slides);
  assert.ok(notes, `no window of notes opened (windows: ${handles.length})`);
  return notes;
}

/** Closes the notes window `notes` if it is still open, and goes back to the slides' window `slides`. */
async function closeNotesWindow(session, notes, slides) {
  const open = await session.cmd('GET', '/window/handles');
  if (open.includes(notes)) {
    await session.cmd('POST', '/window', { handle: notes });
    await session.cmd('DELETE', '/window');
  }
  await session.cmd('POST', '/window', { handle: slides });
}
/** The steps with a control of their own (not the dashboard, whose ten controls are the whole last step). */
const DASHBOARD = STEPS.filter((s) => s.view === 'dashboard').map((s) => s.id);
const SLIDES = STEPS.filter((s) => s.controls?.length && s.view !== 'dashboard').map((s) => s.id);
/** Whether the engine's window took the size asked for (WebKitGTK's may not, here: 768×636 for 1024×768); says so if not. */
const sized = (t, got, width, height) => {
  if (got[0] === width && got[1] === height) return true;
  t.diagnostic(`${width}×${height} not measured: the window's viewport is ${got.join('×')}`);
  return false;
};
// The slide beside the QR code is scaled by CSS zoom. WebKit draws it scaled (seen in its screenshots) but reports
// the boxes inside a zoomed element unscaled (it has not taken up the standardized zoom Chromium and Firefox
// report), so its measures of a scaled slide mean nothing: the checks of one are made in the other engines.
const zoomMeasured = browserEngine.name !== 'webkit';
/** Compare with two scenarios of the teacher's own: chips cut off and TikTok banned, against chips cut off only. */
const COMPARED = '?v=1&step=chip-chokehold&page=compare&chips=domestic&tiktok=ban&b.chips=domestic';
/** The teacher's eighth try: Decoupling against Détente, whose longer lists of assumptions widen the table. */
const DECOUPLING_DETENTE = '?v=1&step=chip-chokehold&page=compare&chips=domestic&tiktok=ban&b.chips=unrestricted&b.tiktok=eases&b.culture=stronger';
/** Opens the comparison (`compared`, COMPARED unless given) presented, at `width` × `height`; returns the size got. */
async function presentCompared(session, width, height, compared = COMPARED) {
  const got = await viewport(session, width, height);
  await session.goto(`${ctx.server.url}${compared}&present=1`);
  await session.until('return document.documentElement.classList.contains("presenting") && !!document.querySelector("table.compare")', { what: 'the comparison presented' });
  return got;
}
const PREDICTED = (await read('data/predictions.json')).map((p) => p.step);
const CASE_UI = { en: TEXT.en.ui, 'zh-Hans': TEXT['zh-Hans'].ui };
/** A box as numbers, for messages. */
const BOX = 'const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };';
// WebKitGTK: the notes covered the view at 1024 (from 450 px over a view to 752 px) in the one run there, not yet
// understood (the lead's report of class5): skipped there until it is, passing in Chromium and Firefox.
const xgaNotesSkip = browserEngine.name === 'webkit' && 'WebKitGTK lays the slide out differently at 1024 px: not yet understood';
/** The focused element's outline as drawn: "none", or its style and width. */
const RING = `const s = getComputedStyle(document.activeElement);
  return { what: document.activeElement.className, ring: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineStyle + ' ' + s.outlineWidth }`;
const PREDICTIONS_DATA = await read('data/predictions.json');

const ctx = suite();

test('on the slides Escape closes the QR code, then the notes, one at a time, and only with nothing open leaves the slides', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1&chips=domestic&tiktok=ban&present=1`);
  const NOW = `const c = document.documentElement.classList;
    const now = { presenting: c.contains('presenting'), notes: c.contains('with-notes'), qr: !!document.querySelector('.present-qr') };`;
  await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
  await session.execute('document.activeElement.blur()');
  await keys(session, 'n');
  await keys(session, 'q');
  await session.until('return document.documentElement.classList.contains("with-notes") && !!document.querySelector(".present-qr")', { what: 'the notes and the QR code' });
  // Each Escape closes one panel (the QR code first); the address keeps the slides until the last one.
  for (const after of [{ presenting: true, notes: true, qr: false }, { presenting: true, notes: false, qr: false }, { presenting: false, notes: false, qr: false }]) {
    await keys(session, KEYS.Escape);
    const seen = await session.until(`${NOW} return JSON.stringify(now) === arguments[0] && now`,
      { what: `after Escape, ${JSON.stringify(after)}`, args: [JSON.stringify(after)], seen: `${NOW} return now` });
    assert.deepEqual(seen, after);
    assert.equal(/present=1/.test(await session.execute('return location.search')), after.presenting, `the address after Escape, expecting ${JSON.stringify(after)}`);
  }
});

// The slides as a class meets them, at each projector's size: opened once on the first slide and walked with the
// arrow keys in 2025 (a short slide grows its type to fill the screen and still ends above Previous/Next; each step
// with a control of its own fits: view, sentence, control, question and every outcome on one screen), each of a
// slide's controls flipped to its last option (a slider to its far end) and back, the slide fitted again each time;
// then opened again from a teacher's link that cut the chips, so every bar carries its signed change, and walked.
/** Measures the slide on screen: what runs under the Previous/Next bar, its type, how far it fills the screen. */
const SLIDE = `const bottom = innerHeight - document.querySelector('.step-nav').getBoundingClientRect().height;
  const box = (el) => el && el.getBoundingClientRect();
  const parts = { view: box(document.querySelector('main .view svg, main .view .briefing')),
    sentence: box(document.querySelector('main .scenario-sentence')),
    controls: [...document.querySelectorAll('main .control')].map(box),
    question: box(document.querySelector('main .predict')),
    outcomes: [...document.querySelectorAll('main .outcome')].map(box),
    text: box(document.querySelector('main .step-body > p:first-child')) };
  const out = [];
  for (const [name, r] of Object.entries(parts)) for (const b of [r].flat()) if (b && (b.bottom > bottom + 1 || b.top < 0)) out.push(name + ' ' + Math.round(b.top) + '..' + Math.round(b.bottom));
  const small = [...document.querySelectorAll('main .stage-controls *, main .step-body p')].filter((e) => e.getClientRects().length
    && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())).map((e) => parseFloat(getComputedStyle(e).fontSize));
  const grid = document.querySelector('main .step-grid').getBoundingClientRect();
  return { out, bottom: Math.round(bottom), sideways: document.documentElement.scrollWidth - innerWidth, smallest: Math.min(...small),
    scroll: document.documentElement.scrollHeight - innerHeight, navGap: innerHeight - document.querySelector('.step-nav').getBoundingClientRect().bottom,
    gridBottom: grid.bottom + scrollY, fit: getComputedStyle(document.documentElement).getPropertyValue('--fit').trim(),
    grown: [...document.documentElement.classList].some((c) => /^fit-/.test(c)), largest: document.documentElement.classList.contains('fit-6') }`;
/** Forgets which step the slide was fitted for, runs `change` (a function body), and waits until `step` is fitted again. */
async function refitted(session, step, change, what, args = []) {
  await session.execute(`delete document.documentElement.dataset.fitted; ${change}`, args);
  await session.until(`return document.documentElement.dataset.fitted === arguments[0]
    && document.documentElement.classList.contains('presenting') && !!document.querySelector('main .step-grid')`,
  { what: `the slide of ${step} fitted again after ${what}`, args: [step], seen: 'return [location.href, document.documentElement.dataset.fitted]' });
}
/** The flips a class tries on the slide on screen: each control's last option (a slider's far end), then back. */
const FLIPS = `return [...document.querySelectorAll('main .control')].flatMap((c, i) => {
  const range = c.querySelector('input[type=range]');
  if (range) return [[i, 'range', range.max], [i, 'range', range.value]];
  const radios = [...c.querySelectorAll('input[type=radio]')];
  const last = radios.at(-1), checked = radios.find((r) => r.checked);
  return last === checked ? [] : [[i, 'radio', last.value], [i, 'radio', checked.value]]; })`;
/** Sets control `i` on the slide to `value` as a reader's hand would (a click, or a slider's input). */
const FLIP = `const [i, kind, value] = arguments[0]; const c = document.querySelectorAll('main .control')[i];
  if (kind === 'range') { const r = c.querySelector('input[type=range]'); r.value = value; r.dispatchEvent(new Event('input', { bubbles: true })); }
  else c.querySelector('input[type=radio][value="' + value + '"]').click();
  document.activeElement.blur();`;
test('the slides fit 1024×768, 1280×800 and 1920×1080, walked as a class does: view, sentence, control, question and every outcome on one screen, in 2025, with each control flipped and with the chips cut off; short slides grow their type to fill the screen and still end above Previous/Next', async (t) => {
  const { session } = ctx.browser;
  const problems = [];
  let measured = 0;
  for (const [width, height] of PROJECTORS) {
    const got = await viewport(session, width, height);
    const fits = sized(t, got, width, height);
    if (fits) measured++;
    /** The checks of one slide as it is now, `at` naming it; `in2025` adds the growth checks of a slide in 2025. */
    const check = async (step, at, in2025) => {
      const seen = await session.execute(SLIDE);
      // Every slide on one screen: the page never scrolls (but the last step's, its ten controls a page of
      // their own), and Previous/Next stand at its foot.
      if (fits && seen.scroll > 1 && !DASHBOARD.includes(step)) problems.push(`${at}: the page scrolls by ${seen.scroll}px`);
      if (fits && Math.abs(seen.navGap) > 1) problems.push(`${at}: Previous/Next end ${Math.round(seen.navGap)}px above the screen's foot`);
      if (in2025) {
        // A slide that fits the screen fills it to two thirds at least (or has grown as far as it may), and growing
        // never pushes it under the bar.
        if (seen.gridBottom <= seen.bottom && seen.gridBottom < seen.bottom * 0.66 && !seen.largest) {
          problems.push(`${at}: the slide ends at ${Math.round(seen.gridBottom)} of ${seen.bottom}px (type ×${seen.fit || 1})`);
        }
        if (seen.grown && seen.gridBottom > seen.bottom + 1) problems.push(`${at}: grown ×${seen.fit}, the slide runs under the bar (${Math.round(seen.gridBottom)} > ${seen.bottom}px)`);
      }
      if (fits && SLIDES.includes(step)) {
        if (seen.out.length) problems.push(`${at}: below the fold (${seen.bottom}px): ${seen.out.join(', ')}`);
        if (seen.sideways > 0) problems.push(`${at}: the page scrolls sideways by ${seen.sideways}px`);
        // The back row: 16 px at least, 18 px at 1920.
        if (seen.smallest < (width >= 1920 ? 18 : 16) - 0.5) problems.push(`${at}: text of ${seen.smallest}px beside the view`);
      }
    };
    for (const [query, walked] of [['', STEPS.map((s) => s.id)], ['&chips=domestic', fits ? SLIDES : []]]) {
      if (!walked.length) continue;
      const scenario = query ? 'with the chips cut off' : 'in 2025';
      await named(`${width}×${height} ${scenario} (viewport ${got.join('×')})`, async () => {
        await session.goto(`${ctx.server.url}steps/${walked[0]}/?v=1${query}&present=1`);
        for (const [n, step] of walked.entries()) {
          const at = `${step} ${scenario} at ${width}×${height}`;
          if (n === 0) {
            await session.until('return document.documentElement.dataset.fitted === arguments[0] && !!document.querySelector("main .step-grid")',
              { what: `the slide of ${step} fitted`, args: [step] });
          } else {
            // The arrow key takes the class to the next slide (or, with the chips cut, the next one with a control).
            await session.execute('document.activeElement.blur(); delete document.documentElement.dataset.fitted');
            const from = STEPS.findIndex((s) => s.id === walked[n - 1]), to = STEPS.findIndex((s) => s.id === step);
            for (let k = from; k < to; k++) await keys(session, KEYS.ArrowRight);
            await session.until('return document.documentElement.dataset.fitted === arguments[0]',
              { what: `the slide of ${step} fitted after the arrow key`, args: [step], seen: 'return [location.href, document.documentElement.dataset.fitted]' });
          }
          await check(step, at, !query);
          if (!query && (step === 'intro' || step === 'returnees') && width === 1920) await shot(session, `present-${width}x${height}-${step}`);
          if (fits && SLIDES.includes(step) && (step === 'chip-chokehold' || step === 'tiktok-shadow' || step === 'independent-kingdoms')) {
            await shot(session, `present-${width}x${height}-${step}${query ? '-chips' : ''}`);
          }
          if (query || !fits || !SLIDES.includes(step)) continue;
          // The class flips each control on the slide: it is fitted again, and still fits.
          for (const flip of await session.execute(FLIPS)) {
            await refitted(session, step, FLIP, `control ${flip[0]} set to ${flip[2]}`, [flip]);
            await check(step, `${at}, control ${flip[0]} set to ${flip[2]}`, false);
          }
        }
      });
    }
  }
  assert.ok(measured > 0, 'no projector size could be measured');
  assert.deepEqual(problems, []);
});

test('after a slide change no focus ring frames the title, and the teacher\'s notes come into view on N', async () => {
  const { session } = ctx.browser;
  for (const [width, height] of PROJECTORS) {
    await named(`${width}×${height}`, async () => {
      await viewport(session, width, height);
      await session.goto(`${ctx.server.url}steps/tiktok-shadow/?v=1&present=1`);
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      await session.execute('document.activeElement.blur()');
      await keys(session, KEYS.ArrowRight);
      await session.until(`return ${STEP_HERE} === "chip-chokehold"`, { what: 'the next slide' });
      const ring = await session.execute(`const h = document.querySelector('main h2'); const s = getComputedStyle(h);
        return { focused: document.activeElement === h, outline: s.outlineStyle === 'none' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth }`);
      if (ring.focused) assert.equal(ring.outline, 'none', 'a focus ring frames the title');
      await session.execute('document.activeElement.blur()');
      await keys(session, 'n');
      const notes = await session.until(`const r = document.querySelector('main .reading').getBoundingClientRect();
        return r.height > 0 && { top: r.top, bottom: r.bottom, height: innerHeight }`, { what: 'the notes' });
      assert.ok(notes.top >= 0 && notes.top < notes.height / 2, `the notes start at ${Math.round(notes.top)}px on a ${notes.height}px screen`);
      assert.ok(notes.bottom <= notes.height + 1, 'the notes run below the screen');
      if (width === 1280) await shot(session, `present-${width}x${height}-notes`);
      await keys(session, 'n');
    });
  }
});

test('Compare presented fits 1024×768, 1280×800 and 1920×1080: the two scenarios side by side on one screen, read from the back row', async (t) => {
  const { session } = ctx.browser;
  const problems = [];
  for (const [width, height] of PROJECTORS) {
    const at = `${width}×${height}`;
    await named(at, async () => {
      if (!sized(t, await presentCompared(session, width, height), width, height)) return;
      // The table with its ◆ legend (the teacher's fourth try: the last row and the legend below 1024×768 and
      // Firefox's 1280×800).
      const fit = await session.execute(`const t = document.querySelector('table.compare').getBoundingClientRect();
        const legend = document.querySelector('.compare-legend').getBoundingClientRect();
        const cells = [...document.querySelectorAll('table.compare th, table.compare td, table.compare li')]
          .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
        const columns = [...document.querySelectorAll('table.compare thead th')].map((th) => th.getBoundingClientRect())
          .filter((r) => r.left >= 0 && r.right <= innerWidth + 0.5).length;
        return { top: t.top, bottom: Math.max(t.bottom, legend.bottom), height: innerHeight, columns, sideways: document.documentElement.scrollWidth - innerWidth,
          smallest: Math.min(...cells.map((e) => parseFloat(getComputedStyle(e).fontSize))) }`);
      if (fit.top < 0 || fit.bottom > fit.height + 1) problems.push(`${at}: the comparison runs off the screen (${Math.round(fit.top)}..${Math.round(fit.bottom)} of ${fit.height}px)`);
      if (fit.columns !== 3) problems.push(`${at}: ${fit.columns} of the table's 3 columns on screen`);
      if (fit.sideways > 0) problems.push(`${at}: the page scrolls sideways by ${fit.sideways}px`);
      if (fit.smallest < (width >= 1920 ? 18 : 16) - 0.5) problems.push(`${at}: text of ${fit.smallest}px in the comparison`);
      await shot(session, `compare-present-${width}x${height}`);
      // The QR code opened over it: the comparison underneath is left as it was (every row and bar its size; it was
      // scaled into a column beside the code until the teacher's eighth try, when the code took the screen).
      const layout = `const rows = [...document.querySelectorAll('table.compare tr')].map((r) => r.getBoundingClientRect().height);
        const bars = [...document.querySelectorAll('table.compare .mini-bar')].map((b) => b.getBoundingClientRect().width);
        const deltas = [...document.querySelectorAll('table.compare .compare-delta')].filter((d) => Math.abs(d.getBoundingClientRect().bottom
          - d.closest('td').querySelector('.mini-bar').getBoundingClientRect().bottom) > d.getBoundingClientRect().height).length;
        const t = document.querySelector('table.compare').getBoundingClientRect(), legend = document.querySelector('.compare-legend').getBoundingClientRect();
        return { rows, bars, deltas, bottom: Math.max(t.bottom, legend.bottom) }`;
      if (!zoomMeasured) return;
      const open = await session.execute(layout);
      await session.execute('document.activeElement.blur()');
      await keys(session, 'q');
      await session.waitFor('.present-qr');
      // Measured once no fit is pending: one the code's opening set off would have taken `data-fitted` away.
      await session.until(SETTLED, { what: 'no fit pending' });
      const withCode = await session.execute(layout);
      const scales = [...withCode.rows.map((h, i) => h / open.rows[i]), ...withCode.bars.map((w, i) => w / open.bars[i])];
      const [least, most] = [Math.min(...scales), Math.max(...scales)];
      if (least < 0.99 || most > 1.01) problems.push(`${at} with the QR code: the comparison under it changed (rows and bars ×${least.toFixed(2)}..${most.toFixed(2)})`);
      if (withCode.deltas) problems.push(`${at} with the QR code: ${withCode.deltas} difference(s) under their value`);
      if (withCode.bottom > fit.height + 1) problems.push(`${at} with the QR code: the comparison ends at ${Math.round(withCode.bottom)}px`);
      if (width === 1024) await shot(session, `compare-present-${width}x${height}-qr`);
    });
  }
  assert.deepEqual(problems, []);
});

test('the teacher\'s notes (N) open on the discussion question, then the sources and terms, in a column of their own beside the slide, scaled rather than reflowed, covering none of it', async () => {
  const { session } = ctx.browser;
  const problems = [];
  for (const [width, height] of PROJECTORS) {
    // Without the QR code only: it shared the notes' column until the teacher's eighth try; it is now laid over
    // slide and notes alike, which the test of the code over the slide below checks are left as they were.
    const at = `${width}×${height}`;
    await named(at, async () => {
      await viewport(session, width, height);
      await session.goto(`${ctx.server.url}steps/chip-chokehold/?v=1&present=1`);
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      await session.until('return document.documentElement.dataset.fitted === "chip-chokehold"', { what: 'the slide fitted' });
      await session.execute('document.activeElement.blur()');
      const VIEW = `${BOX} return box(document.querySelector('main .view'))`;
      const before = await session.until(VIEW, { what: 'the view' });
      await keys(session, 'n');
      await session.until('return document.querySelector("main .reading").getBoundingClientRect().height > 0', { what: 'the notes' });
      // The slide keeps its layout, scaled into the room beside the notes: the view keeps its shape (laid out anew
      // in the narrower room the outcomes went below the screen at 1280×800, the teacher's fifth try; laid over
      // the slide's side panel the notes covered the question and the figures, the seventh). (WebKit reports a scaled
      // slide's boxes unscaled: checked in Chromium and Firefox.)
      await session.until('return !!getComputedStyle(document.documentElement).getPropertyValue("--qr-zoom")', { what: 'the slide scaled beside the notes' });
      const after = await session.until(`const v = (() => { ${VIEW} })(); return v.right - v.left > 0 && v`, { what: 'the view' });
      if (zoomMeasured) {
        const [wide, tall] = [(after.right - after.left) / (before.right - before.left), (after.bottom - after.top) / (before.bottom - before.top)];
        if (Math.abs(wide - tall) > 0.02) problems.push(`${at}: the view reflowed beside the notes (its width ×${wide.toFixed(3)}, its height ×${tall.toFixed(3)})`);
        // The whole slide scales from its top left corner: the view keeps its left edge.
        if (Math.abs(after.left - before.left) > 1) problems.push(`${at}: the view's left edge moved from ${Math.round(before.left)} to ${Math.round(after.left)}px`);
      }
      const scroll = await session.execute('return document.documentElement.scrollHeight - innerHeight');
      if (scroll > 1) problems.push(`${at}: with the notes the page scrolls by ${scroll}px`);
      const seen = await session.execute(`${BOX}
        const notes = document.querySelector('main .reading');
        const part = (css) => [...notes.querySelectorAll(':scope > ' + css)].filter((e) => e.getClientRects().length).map((e) => box(e).top);
        const slide = [...document.querySelectorAll('main h2, main .view svg, main .view .briefing, main .scenario-sentence, main .predict, main .control, main .outcomes, .step-nav button')]
          .filter((e) => e.getClientRects().length).map((e) => {
            // The title by its words: its box runs the width of the slide.
            if (e.localName !== 'h2') return [e.className.baseVal ?? e.className, box(e)];
            const words = document.createRange(); words.selectNodeContents(e);
            return ['the title', box(words)];
          });
        return { notes: box(notes), order: { question: part('.question'), sources: part('.sources'), terms: part('.terms'), people: part('.briefing') }, slide }`);
      const { notes, order } = seen;
      // The question first, the sources next, then the terms and who is who.
      const [q, s] = [order.question[0], order.sources[0]];
      if (!(q < s)) problems.push(`${at}: the question (${q}) is not above the sources (${s})`);
      for (const t of [...order.terms, ...order.people]) if (!(s < t)) problems.push(`${at}: terms or people (${t}) above the sources (${s})`);
      if (!(q - notes.top < 150)) problems.push(`${at}: the question starts ${Math.round(q - notes.top)}px into the notes`);
      // Nothing of the slide under the notes: not the question, the control or the outcomes either (the room reads
      // them).
      for (const [what, r] of seen.slide) {
        if (!zoomMeasured && what !== '') continue;
        const overlap = Math.min(r.right, notes.right) - Math.max(r.left, notes.left) > 1 && Math.min(r.bottom, notes.bottom) - Math.max(r.top, notes.top) > 1;
        if (overlap) problems.push(`${at}: the notes cover ${what}`);
      }
      if (width === 1280) await shot(session, `present-${width}x${height}-notes-column`);
    });
  }
  assert.deepEqual(problems, []);
});

test('on the slides the outcome rows keep their value and change on one line, in both languages, with the QR code open over the slide, which it leaves as it was', async () => {
  const { session } = ctx.browser;
  const problems = [];
  for (const lang of ['en', 'zh-Hans']) {
    for (const [width, height] of PROJECTORS) {
      const at = `${lang} ${width}×${height}`;
      await named(at, async () => {
        await viewport(session, width, height);
        await session.goto(`${ctx.server.url}${ROOT[lang]}steps/chip-chokehold/?v=1&chips=domestic&tiktok=ban&present=1`);
        await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
        await session.click(await session.waitFor('.predict-skip'));
        await session.execute('document.activeElement.blur()');
        // The slide keeps its layout with the code open over it: every outcome row and bar its size (laid out anew
        // beside the code, the bars shrank to 30 px and the names wrapped: the teacher's fourth try; scaled beside
        // it, the slide was 60% at 1024×768: the eighth).
        const layout = `return [...document.querySelectorAll('main .outcome')].flatMap((o) => [o.getBoundingClientRect().height,
          o.querySelector('svg.bar').getBoundingClientRect().width, o.getBoundingClientRect().width])`;
        await session.until('return document.documentElement.dataset.fitted === "chip-chokehold"', { what: 'the slide fitted' });
        const open = await session.execute(layout);
        await keys(session, 'q');
        await session.waitFor('.present-qr');
        await session.until(SETTLED, { what: 'no fit pending' });
        const scales = (await session.execute(layout)).map((x, i) => x / open[i]).filter((x) => Number.isFinite(x));
        if (Math.min(...scales) < 0.99 || Math.max(...scales) > 1.01) problems.push(`${at}: the outcomes changed under the QR code (${scales.map((x) => x.toFixed(2)).join(' ')})`);
        const broken = await session.execute(`return [...document.querySelectorAll('main .outcome .outcome-value, main .outcome .change')]
          .filter((e) => e.textContent.trim()).map((e) => { const r = document.createRange(); r.selectNodeContents(e);
            const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
            return [e.closest('.outcome').dataset.outcome + ' ' + e.className + ' "' + e.textContent + '"', lines, e.scrollWidth - e.clientWidth]; })
          .filter(([, lines, over]) => lines > 1 || over > 0)`);
        for (const [what, lines, over] of broken) problems.push(`${at}: ${what} on ${lines} lines, ${over}px past its cell`);
        if (lang === 'zh-Hans' && width === 1280) await shot(session, `present-zh-${width}x${height}-qr`);
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('on the slides Predict\'s answers and "Skip" share one line at 1024×768, 1280×800 and 1920×1080', async () => {
  const { session } = ctx.browser;
  const problems = [];
  for (const [width, height] of PROJECTORS) {
    for (const step of [...new Set(PREDICTED)]) {
      const at = `${step} at ${width}×${height}`;
      await named(at, async () => {
        await viewport(session, width, height);
        await session.goto(`${ctx.server.url}steps/${step}/?v=1&present=1`);
        await session.waitFor('.predict-skip');
        // Measured once the slide is fitted: a fit that follows a late layout (settle_fit) can move the buttons.
        await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: `the slide of ${step} fitted`, args: [step] });
        const line = await session.execute(`${BOX} const q = document.querySelector('main .predict-question');
          return [...q.querySelectorAll('.predict-choices button'), q.querySelector('.predict-skip')].map((b) => Math.round(box(b).top))`);
        if (new Set(line).size > 1) problems.push(`${at}: the buttons on ${new Set(line).size} lines (${line.join(', ')})`);
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('on the slides Compare\'s notes stand beside the table, none of it under them, each ending\'s name over its meaning, the meaning as wide as the panel, at 1024×768, 1280×800 and 1920×1080', async (t) => {
  const { session } = ctx.browser;
  const problems = [];
  for (const [width, height] of PROJECTORS) {
    const at = `${width}×${height}`;
    await named(at, async () => {
      if (!sized(t, await presentCompared(session, width, height, DECOUPLING_DETENTE), width, height)) return;
      await session.execute('document.activeElement.blur()');
      await keys(session, 'n');
      await session.until('return document.querySelector(".compare-notes .compare-endings dd")?.getBoundingClientRect().width > 0', { what: 'the notes' });
      // Scaled into the room beside them, as a step's slide is (src/views/present/fit.rs).
      await session.until('return !!getComputedStyle(document.documentElement).getPropertyValue("--qr-zoom")', { what: 'the comparison scaled beside the notes' });
      const seen = await session.execute(`${BOX}
        const notes = document.querySelector('.compare-notes'), dl = notes.querySelector('.compare-endings dl');
        const table = { right: Math.max(...[...document.querySelectorAll('table.compare, table.compare *')].map((e) => e.getBoundingClientRect().right)) };
        return { sideways: notes.scrollWidth - notes.clientWidth, width: dl.getBoundingClientRect().width,
          table: Math.round(table.right), notes: Math.round(notes.getBoundingClientRect().left),
          pairs: [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, box(dt), box(dt.nextElementSibling)]) }`);
      if (seen.sideways > 1) problems.push(`${at}: the notes scroll sideways by ${seen.sideways}px`);
      // The comparison scaled beside the notes, none of it under them (the teacher's eighth try: at 1024×768 its
      // right column ran under the notes). Not measured in WebKitGTK, whose boxes inside a CSS zoom are not the
      // drawn ones (as for the QR code's, above).
      if (zoomMeasured && seen.table > seen.notes) problems.push(`${at}: the table (to ${seen.table}px) runs under the notes (from ${seen.notes}px)`);
      if (!seen.pairs.length) problems.push(`${at}: no ending in the notes`);
      for (const [name, dt, dd] of seen.pairs) {
        if (dd.top < dt.bottom - 1) problems.push(`${at}: "${name}"'s meaning beside it, not under it`);
        if (dd.right - dd.left < seen.width * 0.9) problems.push(`${at}: "${name}"'s meaning ${Math.round(dd.right - dd.left)}px wide in a ${Math.round(seen.width)}px panel`);
      }
      if (width === 1280) await shot(session, `compare-present-${width}x${height}-notes`);
    });
  }
  assert.deepEqual(problems, []);
});

test('on a 1024×768 projector the teacher\'s notes stand beside the slide, which is scaled, not reflowed', { skip: xgaNotesSkip }, async () => {
  const { session } = ctx.browser;
  const problems = [];
  await viewport(session, 1024, 768);
  for (const step of ['independent-kingdoms', 'chip-chokehold']) {
    // Without the QR code only: beside both the slide was 60% (the teacher's eighth try); the code is now laid over
    // slide and notes, checked by the test of the code over the slide below.
    const at = step;
    await named(at, async () => {
      await session.goto(`${ctx.server.url}steps/${step}/?v=1&present=1`);
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      // The slide fitted first, so that nothing but the notes (and the code) changes what is measured.
      await session.until('return document.documentElement.dataset.fitted === arguments[0]', { args: [step], what: `the slide of ${step} fitted` });
      await session.execute('document.activeElement.blur()');
      // The view's box once it holds still: the same over three polls in a row (a refit a frame or a timer
      // after the code or the notes opened may still move it; measured at once, it caught one mid-way).
      const STEADY = `${BOX} const b = JSON.stringify(box(document.querySelector('main .view')));
        const seen = window.__viewBoxes = [...(window.__viewBoxes ?? []).slice(-2), b];
        return seen.length === 3 && seen.every((x) => x === b) && JSON.parse(b)`;
      const steady = async (what) => {
        await session.execute('window.__viewBoxes = []');
        return session.until(STEADY, { what, seen: `return window.__viewBoxes` });
      };
      const before = await steady('the view holding still');
      await keys(session, 'n');
      await session.until('return document.querySelector("main .reading").getBoundingClientRect().height > 0', { what: 'the notes' });
      const after = await steady('the view holding still with the notes open');
      // Scaled, the view keeps its shape (its width and height by one scale).
      const [wide, tall] = [(after.right - after.left) / (before.right - before.left), (after.bottom - after.top) / (before.bottom - before.top)];
      if (Math.abs(wide - tall) > 0.02) problems.push(`${at}: the view reflowed (its width ×${wide.toFixed(3)}, its height ×${tall.toFixed(3)})`);
      const notes = await session.execute(`${BOX} return box(document.querySelector('main .reading'))`);
      if (notes.left < after.right) problems.push(`${at}: the notes (from ${Math.round(notes.left)}px) cover the view (to ${Math.round(after.right)}px)`);
      if (notes.right - notes.left < 250) problems.push(`${at}: the notes are ${Math.round(notes.right - notes.left)}px wide`);
      if (step === 'independent-kingdoms') await shot(session, `present-1024x768-notes-${step}`);
    });
  }
  assert.deepEqual(problems, []);
});

// The QR code with one screen (the teacher's eighth try): opened over the notes at 1024×768 it took a column and
// shrank the slide to 60%, its labels to 9 px. Now it is laid over the slide while it is up: most of the screen,
// centred, a dialog named by its heading with the focus on its close button; the slide and the notes underneath
// are left as they were, and are there as they were once it closes (by Escape, by Q, by its button, in turn).
const JSQR = await readFile(new URL('./node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');
/** What jsQR reads from the projected code: its SVG's modules drawn on a canvas at eight pixels a module. */
const READ_CODE = `const svg = document.querySelector('.present-qr svg');
  const n = Number(svg.getAttribute('viewBox').split(' ')[2]), size = n * 8;
  const canvas = document.createElement('canvas'); canvas.width = canvas.height = size;
  const g = canvas.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, size, size);
  g.scale(8, 8); g.fillStyle = '#000'; g.fill(new Path2D(svg.querySelector('path').getAttribute('d')));
  const found = window.jsQR(g.getImageData(0, 0, size, size).data, size, size);
  return found ? found.data : 'nothing found'`;
test('with one screen the QR code is laid over the slide, at least 60% of the screen\'s shorter side, and reads; closed, the slide and the notes are as they were, in both languages', async (t) => {
  const { session } = ctx.browser;
  const problems = [];
  const closers = ['Escape', 'q', 'button'];
  let round = 0;
  for (const lang of ['en', 'zh-Hans']) {
    for (const [width, height] of PROJECTORS) {
      const at = `${lang} ${width}×${height}`;
      await named(at, async () => {
        if (!sized(t, await viewport(session, width, height), width, height)) return;
        await session.goto(`${ctx.server.url}${ROOT[lang]}steps/independent-kingdoms/?v=1&chips=domestic&present=1`);
        await session.until('return document.documentElement.dataset.fitted === "independent-kingdoms"', { what: 'the slide fitted' });
        await session.execute('document.activeElement.blur()');
        await keys(session, 'n');
        await session.until('return document.querySelector("main .reading").getBoundingClientRect().height > 0 && !!getComputedStyle(document.documentElement).getPropertyValue("--qr-zoom")', { what: 'the notes' });
        // The view and the notes once they hold still (the same over three polls in a row).
        const STEADY = `${BOX} const b = JSON.stringify({ view: box(document.querySelector('main .view')), notes: box(document.querySelector('main .reading')),
            zoom: getComputedStyle(document.documentElement).getPropertyValue('--qr-zoom') });
          const seen = window.__boxes = [...(window.__boxes ?? []).slice(-2), b];
          return seen.length === 3 && seen.every((x) => x === b) && JSON.parse(b)`;
        const steady = async (what) => { await session.execute('window.__boxes = []'); return session.until(STEADY, { what }); };
        const before = await steady('the slide with its notes holding still');
        await keys(session, 'q');
        await session.until('return document.activeElement?.matches(".present-qr-close")', { what: 'the focus on the code\'s close button' });
        await session.until(SETTLED, { what: 'no fit pending' });
        const seen = await session.execute(`${BOX} const d = document.querySelector('.present-qr');
          return { role: d.getAttribute('role'), modal: d.getAttribute('aria-modal'), name: document.getElementById(d.getAttribute('aria-labelledby'))?.textContent,
            code: box(d.querySelector('svg')), link: d.querySelector('.qr-link').textContent, close: box(d.querySelector('.present-qr-close')),
            closeText: d.querySelector('.present-qr-close').textContent.trim(), width: innerWidth, height: innerHeight,
            top: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.present-qr') === d,
            dimmed: getComputedStyle(d).backgroundColor }`);
        if (seen.role !== 'dialog' || seen.modal !== 'true') problems.push(`${at}: the code is a ${seen.role} (aria-modal ${seen.modal}), not a dialog`);
        if (seen.name !== CASE_UI[lang].qr.title) problems.push(`${at}: the dialog is named "${seen.name}"`);
        if (seen.closeText !== CASE_UI[lang].qr.close) problems.push(`${at}: its close button says "${seen.closeText}"`);
        const side = Math.min(seen.code.right - seen.code.left, seen.code.bottom - seen.code.top), shorter = Math.min(seen.width, seen.height);
        if (side < 0.6 * shorter) problems.push(`${at}: the code is ${Math.round(side)} px on a screen ${shorter} px high`);
        for (const [what, r] of [['the code', seen.code], ['its close button', seen.close]]) {
          if (r.top < 0 || r.left < 0 || r.bottom > seen.height + 0.5 || r.right > seen.width + 0.5) problems.push(`${at}: ${what} runs off the screen (${JSON.stringify(r)})`);
        }
        const middle = (seen.code.left + seen.code.right) / 2;
        if (Math.abs(middle - seen.width / 2) > 2) problems.push(`${at}: the code is not centred (its middle at ${Math.round(middle)} px of ${seen.width})`);
        if (!seen.top) problems.push(`${at}: the code is not on top of the slide`);
        if (!/rgba?\(0, 0, 0, 0\.\d+\)/.test(seen.dimmed)) problems.push(`${at}: the slide is not dimmed behind the code (${seen.dimmed})`);
        // It reads (jsQR, written apart from the encoder) as the link written under it, the slide's without the slides.
        await session.execute(`if (!window.jsQR) { var exports = {}; var module = { exports: exports }; ${JSQR}; window.jsQR = module.exports; }`);
        const read = await session.execute(READ_CODE);
        if (read !== seen.link) problems.push(`${at}: the code reads "${read}", the link under it is "${seen.link}"`);
        if (/present=/.test(read)) problems.push(`${at}: the code opens the slides on the students' phones`);
        // Underneath, slide and notes are as they were (not scaled beside it, as at 60% before).
        const under = await steady('the slide under the code holding still');
        if (JSON.stringify(under) !== JSON.stringify(before)) problems.push(`${at}: the slide or its notes changed under the code: ${JSON.stringify(before)} then ${JSON.stringify(under)}`);
        await shot(session, `present-${lang}-${width}x${height}-notes-qr`);
        // Closed, by each way in turn: the slide and the notes back as they were, the focus off the dialog.
        const closer = closers[round++ % closers.length];
        if (closer === 'button') await session.click(await session.find('.present-qr-close'));
        else await keys(session, closer === 'Escape' ? KEYS.Escape : closer);
        await session.until('return !document.querySelector(".present-qr")', { what: `the code closed by ${closer}` });
        const after = await steady('the slide holding still after the code closed');
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${at}: closed by ${closer}, the slide or its notes are not as they were: ${JSON.stringify(before)} then ${JSON.stringify(after)}`);
        if (!(await session.execute('return document.documentElement.classList.contains("with-notes") && document.documentElement.classList.contains("presenting")'))) problems.push(`${at}: closed by ${closer}, the notes or the slides went with it`);
        if (await session.execute('return !!document.activeElement?.closest(".present-qr")')) problems.push(`${at}: the focus stayed in the closed dialog`);
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('an answer clicked on the slides leaves no focus ring round the answer; answered by keyboard, the ring shows where focus went', async () => {
  const { session } = ctx.browser;
  await viewport(session, 1280, 800);
  const step = PREDICTED[0];
  await session.goto(`${ctx.server.url}steps/${step}/?v=1&present=1`);
  await session.click(await session.waitFor(PREDICT));
  await session.until('return !!document.activeElement.closest(".predict-result")', { what: 'focus on the answer' });
  const clicked = await session.execute(RING);
  assert.equal(clicked.ring, 'none', `a focus ring round ${clicked.what} after a click`);
  await keys(session, 'n');
  assert.equal((await session.execute(RING)).ring, 'none', 'a focus ring after N');
  // By keyboard: Enter on the first answer.
  await session.goto(`${ctx.server.url}steps/${step}/?v=1&present=1`);
  await session.waitFor(PREDICT);
  await session.execute(`document.querySelector('${PREDICT}').focus()`);
  await keys(session, KEYS.Enter);
  await session.until('return !!document.activeElement.closest(".predict-result")', { what: 'focus on the answer' });
  const keyed = await session.execute(RING);
  assert.notEqual(keyed.ring, 'none', `no focus ring round ${keyed.what} after Enter`);
});

test('a revealed slide fits 1024×768, 1280×800 and 1920×1080: the chart, the guess against the model and every bar that moved on one screen, the reasons and the control folded', async (t) => {
  const { session } = ctx.browser;
  const problems = [];
  let measured = 0;
  for (const [width, height] of PROJECTORS) {
    if (!sized(t, await viewport(session, width, height), width, height)) continue;
    measured++;
    for (const p of PREDICTIONS_DATA) {
      // From 2025 (the answer flips the option and marks the bars), and from a shared link that already sets it,
      // with a second assumption changed as the teacher's link had (TikTok banned, or the chips cut off).
      const other = p.assumption === 'chips' ? 'tiktok=ban' : 'chips=domestic';
      for (const query of ['', `&${p.assumption}=${p.option}&${other}`]) {
        const at = `${p.step}${query} at ${width}×${height}`;
        await named(at, async () => {
          await viewport(session, width, height);
          await session.goto(`${ctx.server.url}steps/${p.step}/?v=1${query}&present=1`);
          // Click once the slide is fitted: a fit moves the buttons, and a click aimed before it can land beside
          // them (WebKit, once in a rehearsal: no answer within 30 s at 1280×800).
          await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: `the slide of ${p.step} fitted`, args: [p.step] });
          await session.click(await session.waitFor(PREDICT));
          await session.waitFor('.predict-result');
          await session.until(`return document.documentElement.dataset.fitted === arguments[0]`, { what: 'the slide fitted', args: [p.step] });
          const fit = await session.execute(`${BOX} const bottom = innerHeight - document.querySelector('.step-nav').getBoundingClientRect().height;
            const reasons = document.querySelector('.predict-result .predict-reasons');
            const seen = (el) => el.getClientRects().length > 0;
            const parts = [...document.querySelectorAll('main .view svg, main .scenario-sentence, main .predict-compare > p, main .predict-verdict, main .predict-again, main .outcome')];
            return { bottom, folded: !!reasons && !reasons.open, controls: [...document.querySelectorAll('main .control')].filter(seen).length,
              outcomes: document.querySelectorAll('main .outcome').length,
              parts: parts.filter(seen).map((e) => [e.className.baseVal ?? e.className, box(e)]) }`);
          if (!fit.folded) problems.push(`${at}: the reasons are not folded`);
          if (fit.controls) problems.push(`${at}: the control is still shown beside the answer`);
          if (!fit.outcomes) problems.push(`${at}: no outcome bars`);
          for (const [what, r] of fit.parts) if (r.bottom > fit.bottom + 1 || r.top < 0) problems.push(`${at}: ${what} off the screen (${Math.round(r.top)}..${Math.round(r.bottom)}, screen to ${Math.round(fit.bottom)})`);
          if (p.step === 'chip-chokehold') await shot(session, `present-${width}x${height}-answered${query ? '-shared' : ''}`);
        });
      }
    }
  }
  assert.ok(measured > 0, 'no projector size could be measured');
  assert.deepEqual(problems, []);
  // "Ask again" brings the question and the control back (from 2025: on a shared link they wait, held back). Each
  // click once the slide is fitted: the fit after the answer moves "Ask again", and a click aimed before it landed
  // beside it (WebKit, reh21: the question never came back).
  const fitted = (what) => session.until('return document.documentElement.dataset.fitted === arguments[0]', { what, args: [PREDICTED[0]] });
  await session.goto(`${ctx.server.url}steps/${PREDICTED[0]}/?v=1&present=1`);
  await fitted('the slide fitted');
  await session.click(await session.waitFor(PREDICT));
  await session.waitFor('.predict-again');
  await fitted('the answered slide fitted');
  await session.click(await session.waitFor('.predict-again'));
  await session.waitFor(PREDICT);
  assert.ok(await session.execute('return [...document.querySelectorAll("main .control")].some((c) => c.getClientRects().length > 0)'), 'the control did not come back');
  // In the walkthrough they are open, under their heading.
  await viewport(session, 1280, 800);
  await session.goto(`${ctx.server.url}steps/${PREDICTED[0]}/?v=1`);
  await session.click(await session.waitFor(PREDICT));
  const reasons = await session.until('const d = document.querySelector(".predict-result .predict-reasons"); return d && { open: d.open, summary: d.querySelector("summary").textContent, items: d.querySelectorAll(".causes li").length }', { what: 'the answer' });
  assert.deepEqual(reasons, { open: true, summary: CASE_UI.en.predict.because, items: reasons.items });
  assert.ok(reasons.items > 0, 'no reasons');
});

test('the last slide\'s side text (the ending\'s explanation, how near each ending is) reads from the back row: 16 px at least', async () => {
  const { session } = ctx.browser;
  const last = STEPS.find((s) => s.view === 'dashboard').id;
  const problems = [];
  for (const [width, height] of PROJECTORS) {
    await viewport(session, width, height);
    await session.goto(`${ctx.server.url}steps/${last}/?v=1&chips=domestic&tiktok=ban&present=1`);
    await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: 'the slide fitted', args: [last] });
    const small = await session.execute(`return [...document.querySelectorAll('main .dashboard :is(.ending, .reach, .levers) *')].filter((e) => e.getClientRects().length
        && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((e) => [e.className || e.tagName, parseFloat(getComputedStyle(e).fontSize)]).filter(([, size]) => size < 15.5)`);
    for (const [what, size] of small) problems.push(`${width}×${height}: ${what} at ${size}px`);
    if (width === 1024) await shot(session, `present-${width}x${height}-${last}`);
  }
  assert.deepEqual(problems, []);
});

test('the teacher\'s notes open in a window of their own that follows the slides, with its own Previous/Next; the projected slide then shows no notes', async () => {
  const { session } = ctx.browser;
  const STEP_TEXT = await read('text/en/steps.json');
  const ids = STEPS.map((s) => s.id);
  const [first, second, third] = ids.slice(ids.indexOf('chip-chokehold') - 1);
  await viewport(session, 1280, 800);
  await session.goto(`${ctx.server.url}steps/${first}/?v=1&present=1`);
  await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
  await session.execute('document.activeElement.blur()');
  await keys(session, 'n');
  const slides = await session.cmd('GET', '/window');
  // Found afresh for each click: a re-render (of the toolbar, or the notes window written again as the slide settles)
  // replaces the node found a moment before, and a click on the old one fails as stale.
  const clickAfresh = async (css) => {
    for (let tries = 0; ; tries++) {
      try {
        return await session.click(await session.waitFor(css));
      } catch (e) {
        if (tries >= 5 || !/stale/i.test(e.message)) throw e;
      }
    }
  };
  await clickAfresh('.present-bar .notes-window');
  const notes = await notesWindow(session, slides);
  const QUESTION = 'return document.querySelector(".presenter-notes .question p")?.textContent';
  try {
    await session.cmd('POST', '/window', { handle: notes });
    await session.until(`return ${QUESTION.slice(7)} === arguments[0]`, { what: `the notes of ${first}`, args: [STEP_TEXT[first].question], seen: QUESTION });
    await session.cmd('POST', '/window', { handle: slides });
    const shown = await session.execute('return [...document.querySelectorAll("main .reading")].some((r) => r.getClientRects().length > 0) || document.documentElement.classList.contains("with-notes")');
    assert.equal(shown, false, 'the projected slide still shows the notes');
    // The slides move: the notes follow.
    await keys(session, KEYS.ArrowRight);
    await session.until(`return ${STEP_HERE} === arguments[0]`, { what: `the slide of ${second}`, args: [second] });
    await session.cmd('POST', '/window', { handle: notes });
    await session.until(`return ${QUESTION.slice(7)} === arguments[0]`, { what: `the notes of ${second}`, args: [STEP_TEXT[second].question], seen: QUESTION });
    // The notes' Next moves the slides.
    await clickAfresh('.presenter-moves button[data-move="1"]');
    await session.until(`return ${QUESTION.slice(7)} === arguments[0]`, { what: `the notes of ${third}`, args: [STEP_TEXT[third].question], seen: QUESTION });
    await shot(session, 'present-notes-window');
    await session.cmd('POST', '/window', { handle: slides });
    await session.until(`return ${STEP_HERE} === arguments[0]`, { what: `the slide of ${third}`, args: [third] });
  } finally {
    await closeNotesWindow(session, notes, slides);
  }
});

test('a held-back slide shows the chart before the change asked about, captioned so, and says in one line what to do under it and over its empty outcomes, in both languages; W sets the questions aside and shows both', async () => {
  const { session } = ctx.browser;
  const p = PREDICTIONS_DATA[0];
  const problems = [];
  for (const lang of ['en', 'zh-Hans']) {
    for (const [width, height] of PROJECTORS) {
      const at = `${lang} at ${width}×${height}`;
      await named(at, async () => {
        const words = CASE_UI[lang].present;
        await viewport(session, width, height);
        await session.goto(`${ctx.server.url}${ROOT[lang]}steps/${p.step}/?v=1&${p.assumption}=${p.option}&present=1`);
        await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: 'the slide fitted', args: [p.step] });
        const seen = await session.execute(`${BOX} const line = document.querySelector('main .held-back-line'), box2 = document.querySelector('main .outcomes');
          const note = document.querySelector('main .held-back-note p'), chart = document.querySelector('main .view svg.chart');
          const before = document.querySelector('main .view .held-back-before'), nav = document.querySelector('.step-nav');
          return { line: line?.textContent, note: note?.textContent,
            // The chart before the change, shown, its caption and the note above Previous/Next.
            chart: !!chart && getComputedStyle(chart).visibility === 'visible' && box(chart).bottom - box(chart).top > 100,
            before: !!before && getComputedStyle(before).visibility === 'visible' && before.getClientRects().length > 0,
            above: !!note && box(note).bottom <= box(nav).top + 1, inside: !!line && !!box2 && box(line).top >= box(box2).top - 1 && box(line).bottom <= box(box2).bottom + 1,
            visible: !!line && getComputedStyle(line).visibility === 'visible' && line.getClientRects().length > 0, bottom: line && box(line).bottom, foot: innerHeight,
            // The line stands over the bars' room alone: the CSV button under them stays free to press.
            csv: (() => { const b = document.querySelector('main .outcomes .download button'); if (!b || !line) return null;
              const [l, c] = [box(line), box(b)]; return l.bottom > c.top && l.top < c.bottom && l.right > c.left && l.left < c.right; })() }`);
        if (seen.line !== words.held_back_figures) problems.push(`${at}: the outcomes say "${seen.line}"`);
        if (seen.note !== words.held_back_chart) problems.push(`${at}: the chart says "${seen.note}"`);
        if (!seen.chart || !seen.before) problems.push(`${at}: the chart before the change is not shown (chart ${seen.chart}, caption ${seen.before})`);
        if (!seen.above) problems.push(`${at}: the chart's note is under Previous/Next`);
        if (!seen.visible || !seen.inside) problems.push(`${at}: the outcomes' line is not shown inside their box`);
        if (seen.bottom > seen.foot) problems.push(`${at}: the outcomes' line is below the screen`);
        if (seen.csv !== false) problems.push(`${at}: the outcomes' line covers the CSV button (or there is none): ${seen.csv}`);
        if (width === 1280) await shot(session, `present-${width}x${height}-held-back-${lang}`);
        if (width !== 1024) return;
        // W: the slides without the questions; every chart and bar is shown.
        await session.execute('document.activeElement.blur()');
        await keys(session, 'w');
        await session.until('return !document.querySelector("main .held-back, main .held-back-line") && /ask=0/.test(location.search)', { what: 'the questions set aside' });
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('the last slide ("Your scenario") is a slide: the ending, its one line and the named scenarios on the first screen at 1024×768, 1280×800 and 1920×1080, "how near each ending is" begun above Previous/Next; the long reasoning in the notes, not on the slide, in both languages', async () => {
  const { session } = ctx.browser;
  const last = STEPS.find((s) => s.view === 'dashboard').id;
  const ENDINGS = { en: await read('text/en/endings.json'), 'zh-Hans': await read('text/zh-Hans/endings.json') };
  const problems = [];
  for (const lang of ['en', 'zh-Hans']) {
    for (const [width, height] of PROJECTORS) {
      const at = `${lang} ${width}×${height}`;
      await viewport(session, width, height);
      // Decoupling (chips cut off, TikTok banned): the teacher's lesson.
      await session.goto(`${ctx.server.url}${ROOT[lang]}steps/${last}/?v=1&chips=domestic&tiktok=ban&present=1`);
      await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: 'the slide fitted', args: [last] });
      const seen = await session.execute(`const bar = document.querySelector('.step-nav').getBoundingClientRect().top;
        const shown = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
        const on = (e) => shown(e) && e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= bar + 1;
        const ending = document.querySelector('main .dashboard .ending');
        const presets = [...document.querySelectorAll('main .presets button')];
        return { id: ending?.dataset.ending, title: on(ending?.querySelector('.ending-title')), line: ending?.querySelector('.ending-line')?.textContent,
          lineOn: on(ending?.querySelector('.ending-line')), reasonShown: shown(ending?.querySelector('.ending-reason')),
          presets: presets.length, presetsOn: presets.filter(on).length, reach: on(document.querySelector('main .reach h3')),
          scroll: document.documentElement.scrollHeight - innerHeight }`);
      const ending = ENDINGS[lang][seen.id];
      if (!ending) { problems.push(`${at}: no ending shown`); continue; }
      if (!seen.title) problems.push(`${at}: the ending's name is not on the first screen`);
      if (seen.line !== ending.line || !seen.lineOn) problems.push(`${at}: the ending's one line ${JSON.stringify(seen.line)} (on screen: ${seen.lineOn}), expected ${JSON.stringify(ending.line)}`);
      if (seen.reasonShown) problems.push(`${at}: the ending's long reasoning is on the slide`);
      if (!seen.presets || seen.presetsOn !== seen.presets) problems.push(`${at}: ${seen.presetsOn} of ${seen.presets} named scenarios on the first screen`);
      if (!seen.reach) problems.push(`${at}: "how near each ending is" begins below Previous/Next`);
      if (width === 1024 || width === 1920) await shot(session, `present-${lang}-${width}x${height}-${last}`);
      // The notes (N) carry the reasoning.
      await session.execute('document.activeElement.blur()');
      await keys(session, 'n');
      const notes = await session.until(`const r = [...document.querySelectorAll('main .reading')].find((e) => e.getClientRects().length);
        return r && document.documentElement.classList.contains('with-notes') ? r.textContent : null`, { what: 'the notes open' });
      if (!notes.includes(ending.reason)) problems.push(`${at}: the notes lack the ending's reasoning`);
      await keys(session, 'n');
    }
  }
  assert.deepEqual(problems, []);
});

test('Compare presented at 1920×1080 does not scroll: the page is no taller than the screen', async () => {
  const { session } = ctx.browser;
  await presentCompared(session, 1920, 1080, DECOUPLING_DETENTE);
  await session.until('return document.fonts.status === "loaded"', { what: 'fonts' });
  const over = await session.execute('return document.documentElement.scrollHeight - innerHeight');
  assert.ok(over <= 0, `the presented comparison is ${over}px taller than the 1080px screen`);
});

test('the teacher\'s notes carry an answer key: the model\'s answer to the step\'s question for the scenario on screen, in the content\'s words, in both languages; the notes window too', async () => {
  const { session } = ctx.browser;
  const OUTCOMES = { en: await read('text/en/outcomes.json'), 'zh-Hans': await read('text/zh-Hans/outcomes.json') };
  const problems = [];
  for (const lang of ['en', 'zh-Hans']) {
    const ui = CASE_UI[lang].predict;
    for (const p of PREDICTIONS_DATA) {
      await viewport(session, 1280, 800);
      await session.goto(`${ctx.server.url}${ROOT[lang]}steps/${p.step}/?v=1&present=1`);
      await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: 'the slide fitted', args: [p.step] });
      await session.execute('document.activeElement.blur()');
      await keys(session, 'n');
      // Beside the open question the key is folded: the notes may be on the room's screen (the teacher's ninth try).
      // (A folded <details> keeps its content's boxes in Chromium: checkVisibility and innerText tell it is not shown.)
      const folded = await session.until(`const k = [...document.querySelectorAll('main .reading .answer-key')].find((e) => e.getClientRects().length);
        const m = k?.querySelector('.answer-key-model');
        return m && { model: m.textContent, shown: m.checkVisibility(), read: k.closest('.reading').innerText.includes(m.textContent),
          summary: k.querySelector('summary')?.textContent }`,
        { what: `the answer key of ${p.step}`, seen: 'return document.querySelector("main .reading")?.textContent.slice(0, 200)' });
      if (folded.shown || folded.read) problems.push(`${lang} ${p.step}: the model's answer ${JSON.stringify(folded.model)} shows in the notes before the question is answered (${JSON.stringify(folded)})`);
      if (folded.summary !== ui.show_answer) problems.push(`${lang} ${p.step}: the fold says ${JSON.stringify(folded.summary)}`);
      // The teacher opens it.
      await session.click(await session.waitFor('main .reading .answer-key summary'));
      const key = await session.until(`const k = [...document.querySelectorAll('main .reading .answer-key')].find((e) => e.getClientRects().length);
        const m = k?.querySelector('.answer-key-model');
        return m?.checkVisibility() && { heading: k.querySelector('h3').textContent, model: m.textContent, reasons: k.querySelectorAll('.causes li').length }`,
        { what: `the answer key of ${p.step} opened`, seen: 'return document.querySelector("main .reading")?.textContent.slice(0, 200)' });
      // The model's sentence with its outcome, its two figures and a direction, each from content.
      const label = OUTCOMES[lang][p.outcome].label;
      const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const parts = { '{outcome}': esc(label), '{from}': '(-?[\\d.]+)', '{to}': '(-?[\\d.]+)', '{direction}': `(?:${[ui.up, ui.same, ui.down].map(esc).join('|')})` };
      const pattern = new RegExp(`^${ui.model.split(/(\{\w+\})/).map((part) => parts[part] ?? esc(part)).join('')}$`);
      const m = key.model.match(pattern);
      if (key.heading !== ui.answer_key) problems.push(`${lang} ${p.step}: the key's heading ${JSON.stringify(key.heading)}`);
      if (!m) problems.push(`${lang} ${p.step}: ${JSON.stringify(key.model)} is not the model's sentence ${pattern}`);
      else if (m[1] === m[2]) problems.push(`${lang} ${p.step}: the key says the outcome does not move (${m[1]} → ${m[2]})`);
      if (!key.reasons) problems.push(`${lang} ${p.step}: the key gives no reason`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the answer key stays folded in the notes window while the question is open, and shows open once it is answered or skipped', async () => {
  const { session } = ctx.browser;
  const p = PREDICTIONS_DATA[0];
  await viewport(session, 1280, 800);
  await session.goto(`${ctx.server.url}steps/${p.step}/?v=1&present=1`);
  await session.until('return document.documentElement.dataset.fitted === arguments[0]', { what: 'the slide fitted', args: [p.step] });
  const slides = await session.cmd('GET', '/window');
  await session.click(await session.waitFor('.present-bar .notes-window'));
  const notes = await notesWindow(session, slides);
  const KEY = `const k = document.querySelector('.presenter-notes .answer-key'), m = k?.querySelector('.answer-key-model');
    const key = m && { open: k.querySelector('details').open, read: document.body.innerText.includes(m.textContent), model: m.textContent };`;
  try {
    await session.cmd('POST', '/window', { handle: notes });
    const before = await session.until(`${KEY} return key`, { what: 'the answer key in the notes window' });
    assert.equal(before.open || before.read, false, `the notes window shows the model's answer ${JSON.stringify(before.model)} before the question is answered`);
    // The room skips the question: the key unfolds in the window.
    await session.cmd('POST', '/window', { handle: slides });
    await session.click(await session.waitFor('main .predict-skip'));
    await session.cmd('POST', '/window', { handle: notes });
    const after = await session.until(`${KEY} return key?.open && key`, { what: 'the answer key unfolded after the skip' });
    assert.ok(after.read, 'the unfolded key does not read in the notes window');
    // Under the question and above the sources, as beside the slide (the teacher's eleventh try found it under
    // every source, below the window's first screen).
    const at = await session.execute(`const top = (c) => document.querySelector('.presenter-notes .reading > ' + c)?.getBoundingClientRect().top;
      return { question: top('.question'), key: top('.answer-key'), sources: top('.sources') }`);
    assert.ok(at.question < at.key && at.key < at.sources, `question, key and sources at ${JSON.stringify(at)}`);
  } finally {
    await closeNotesWindow(session, notes, slides);
  }
});
