// Compare takes any two scenarios: the second is set up like the first (a named scenario, "Start from your
// scenario", then assumption by assumption and the slider, with the same controls), the address keeps both, a link
// brings both back; "Present" from Compare presents the comparison, its QR code opens the comparison (not the
// slides), and leaving the slides returns to Compare. Words and keys are read from content/. The layout at the
// projectors' sizes and on a phone is in classroom.test.mjs (presented, in slides.test.mjs), in every engine.
// The app's own logic, the same in every engine, so Chromium alone runs it:
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support/suite.mjs';
import { keys, KEYS } from './support/webdriver.mjs';
import { MODEL, UI, text, rootOf, LANGUAGES, fill, setting } from './support/content.mjs';

const ctx = suite();

const SLIDER = 'capex';
const byId = (id) => MODEL.assumptions.find((a) => a.id === id);
/** What a column of the table says its scenario assumes. */
const assumes = (session, column) => session.execute(`return [...document.querySelectorAll('table.compare .assumes-row td')][${column}]
  .textContent`);
/** Unfolds both set-ups' controls, as a click on each "Set its assumptions one by one" does. */
async function unfold(session) {
  for (const summary of await session.findAll('.compare-controls summary')) await session.click(summary);
  const controls = MODEL.assumptions.length + 1;
  await session.until(`return document.querySelectorAll('.compare-controls fieldset').length === ${2 * controls}`, { what: 'both set-ups unfolded' });
}
const search = (session) => session.execute('return decodeURIComponent(location.search)');

test('the second scenario is set up like the first, and the address keeps both, in both languages', async () => {
  const { session } = ctx.browser;
  for (const lang of LANGUAGES) {
    const ui = UI(lang);
    // Chips cut off and TikTok banned: the teacher's case of the report.
    await session.goto(`${ctx.server.url}${rootOf(lang)}?v=1&step=chip-chokehold&chips=domestic&tiktok=ban&page=compare`);
    const sides = await session.findAll('.compare-side');
    assert.equal(sides.length, 2, `${lang}: two set-ups`);
    assert.deepEqual(await session.execute('return [...document.querySelectorAll(".compare-side h3")].map((h) => h.textContent)'),
      [ui.share.yours, ui.share.other], lang);
    // Both set-ups have every assumption and the slider, each column its own, once unfolded.
    const summaries = await session.findAll('.compare-controls summary');
    for (const summary of summaries) assert.equal(await session.text(summary), ui.share.compare_controls, lang);
    await unfold(session);
    for (const [prefix, side] of [['', 0], ['b-', 1]]) {
      const names = await session.execute(`const s = document.querySelectorAll('.compare-side')[${side}];
        return [...new Set([...s.querySelectorAll('input[type=radio]')].map((i) => i.name))]`);
      assert.deepEqual(names, MODEL.assumptions.map((a) => `${prefix}assumption-${a.id}`), `${lang}: side ${side}`);
      assert.ok(await session.execute(`return !!document.querySelectorAll('.compare-side')[${side}].querySelector('#${prefix}slider-${SLIDER}')`),
        `${lang}: the slider in side ${side}`);
    }
    // From the reader's own scenario, then TikTok put back as in 2025: chips cut off only.
    const from = await session.find('.compare-from-yours');
    assert.equal(await session.text(from), ui.share.copy_yours);
    await session.click(from);
    await session.until('return decodeURIComponent(location.search).includes("b.chips=domestic&b.tiktok=ban")', { what: `${lang}: the copy in the address` });
    const tiktok = byId('tiktok');
    await session.click(await session.find(`input[name="b-assumption-tiktok"][value="${tiktok.default}"]`));
    await session.until('return !location.search.includes("b.tiktok")', { what: `${lang}: b.tiktok gone from the address` });
    // The second scenario's slider moves its own value, not the reader's.
    await session.execute(`const s = document.getElementById('b-slider-${SLIDER}'); s.value = '30';
      s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true }))`);
    await session.until(`return location.search.includes("b.${SLIDER}=30")`, { what: `${lang}: the slider in the address` });
    const address = await search(session);
    assert.match(address, /[?&]chips=domestic&tiktok=ban&/, address);
    assert.ok(!new RegExp(`[?&]${SLIDER}=`).test(address), `the reader's slider moved: ${address}`);
    assert.equal(await session.execute(`return document.getElementById('slider-${SLIDER}').value`), String(20));
    // The table says what each assumes.
    const [yours, other] = [await assumes(session, 0), await assumes(session, 1)];
    for (const w of [setting('chips', 'domestic', lang), setting('tiktok', 'ban', lang)]) assert.ok(yours.includes(w), `${lang}: "${w}" not in "${yours}"`);
    assert.ok(other.includes(setting('chips', 'domestic', lang)), `${lang}: ${other}`);
    assert.ok(!other.includes(setting('tiktok', 'ban', lang)), `${lang}: ${other}`);
    // The link brings both back, controls and all.
    await session.goto(await session.execute('return location.href'));
    await session.waitFor('table.compare');
    await unfold(session);
    const checked = await session.execute(`const v = (n) => document.querySelector('input[name="' + n + '"]:checked')?.value;
      return [v('assumption-chips'), v('assumption-tiktok'), v('b-assumption-chips'), v('b-assumption-tiktok'),
        document.getElementById('b-slider-${SLIDER}').value]`);
    assert.deepEqual(checked, ['domestic', 'ban', 'domestic', tiktok.default, '30'], lang);
    assert.equal(await assumes(session, 1), other, lang);
  }
});

test('Present from Compare presents the comparison, its QR code opens it, leaving the slides returns to Compare, and Back does not re-enter them', async () => {
  const { session } = ctx.browser;
  const ui = UI();
  const compare = '?v=1&step=chip-chokehold&page=compare&chips=domestic&tiktok=ban&b.chips=domestic';
  // The page before the comparison, for Back at the end.
  const before = `${ctx.server.url}steps/chip-chokehold/?v=1`;
  await session.goto(before);
  await session.waitFor('main h2');
  await session.goto(`${ctx.server.url}${compare}`);
  await session.click(await session.waitFor('.share-bar .present-button'));
  await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
  assert.equal(await session.execute('return document.querySelectorAll("table.compare thead th").length'), 3);
  assert.equal(await session.execute('return document.querySelector("main h2").textContent'), ui.share.compare);
  assert.equal(await search(session), `${compare.replace('&chips', '&present=1&chips')}`);
  // The room's phones get the comparison as readers.
  await session.execute('document.activeElement.blur()');
  await keys(session, 'q');
  const link = await session.until('return document.querySelector(".qr-present .qr-link")?.textContent', { what: 'the QR code' });
  assert.ok(link.endsWith(compare), link);
  await keys(session, 'q');
  // Home and End leave a comparison where it is.
  await keys(session, KEYS.End);
  assert.equal(await session.execute('return !!document.querySelector("table.compare")'), true, 'End left the comparison');
  // N: the endings and the differences come into view, as the teacher's notes.
  await keys(session, 'n');
  const notes = await session.until(`const r = document.querySelector('.compare-notes').getBoundingClientRect();
    return r.height > 0 && { top: r.top, bottom: r.bottom, height: innerHeight }`, { what: 'the notes' });
  assert.ok(notes.top >= 0 && notes.bottom <= notes.height + 1, JSON.stringify(notes));
  await keys(session, 'n');
  // Escape, and the toolbar's button: back to Compare, both scenarios kept.
  await keys(session, KEYS.Escape);
  await session.until('return !document.documentElement.classList.contains("presenting")', { what: 'the slides left' });
  assert.equal(await search(session), compare);
  assert.equal(await session.execute('return !!document.querySelector("table.compare")'), true);
  await session.click(await session.find('.share-bar .present-button'));
  await session.click(await session.waitFor('.present-bar button:last-of-type'));
  await session.until('return !document.documentElement.classList.contains("presenting")', { what: 'the slides left by the button' });
  assert.equal(await search(session), compare);
  // The slides on and off replaced the comparison's history entry: Back leaves the comparison for the page before
  // it, never into the slides again.
  await session.execute('history.back()');
  await session.until('return location.href === arguments[0] && !!document.querySelector("main .step")', { what: 'Back to the page before Compare', args: [before], seen: 'return [location.href, document.documentElement.className]' });
  assert.equal(await session.execute('return document.documentElement.classList.contains("presenting")'), false, 'Back re-entered the slides');
});

/** Every row of the table that differs: its outcome, your value, the compared one's, and the difference beside it. */
const DIFFERING = `return [...document.querySelectorAll('table.compare tr.differs')].map((tr) => {
  const [yours, other] = tr.querySelectorAll('td');
  const number = (td) => Number([...td.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim());
  return { label: tr.querySelector('th').textContent, yours: number(yours), other: number(other),
    delta: other.querySelector('.compare-delta')?.textContent ?? null, heard: other.querySelector('.visually-hidden')?.textContent ?? null,
    deltaHidden: other.querySelector('.compare-delta')?.getAttribute('aria-hidden') ?? null };
})`;
/** A change with its sign as the language writes it (its minus sign: 「−25」), and in points (「−25分」). */
const signed = (ui, d) => (d < 0 ? `${ui.punctuation.minus}${-d}` : `+${d}`);
const points = (ui, d) => fill(ui.punctuation.points, { delta: signed(ui, d) });

test('the ◆ has a legend, and a difference reads from your scenario to the compared one in the table, the notes and the announcement, in both languages', async () => {
  const { session } = ctx.browser;
  for (const lang of LANGUAGES) {
    const ui = UI(lang);
    const words = (row) => `${row.label}${ui.punctuation.colon}${fill(ui.share.difference,
      { in_yours: row.yours, in_other: row.other, delta: points(ui, row.other - row.yours) })}`;
    // Your scenario with chips cut off, against the 2025 picture: yours is the changed one.
    await session.goto(`${ctx.server.url}${rootOf(lang)}?v=1&step=chip-chokehold&chips=domestic&page=compare`);
    await session.waitFor('table.compare');
    assert.equal(await session.execute('return document.querySelector(".compare-legend")?.textContent ?? null'),
      ui.share.differs_legend, `${lang}: the ◆'s legend`);
    const rows = await session.execute(DIFFERING);
    assert.ok(rows.length > 0, `${lang}: no row differs`);
    const notes = await session.execute('return [...document.querySelectorAll(".differences > li > strong")].map((s) => s.textContent)');
    for (const row of rows) {
      // In words, relative to yours ("25 higher", 「高25分」), not a bare "+25" beside the value; heard with what it is
      // relative to ("25 higher than in your scenario").
      const d = row.other - row.yours, n = Math.abs(d);
      assert.equal(row.delta, fill(d > 0 ? ui.share.higher : ui.share.lower, { n }), `${lang}: ${row.label}: the table's difference from yours`);
      assert.equal(row.heard, fill(d > 0 ? ui.share.higher_heard : ui.share.lower_heard, { n }), `${lang}: ${row.label}: the difference heard`);
      assert.equal(row.deltaHidden, 'true', `${lang}: ${row.label}: the shown difference is read as well as the heard one`);
      assert.ok(notes.includes(words(row)), `${lang}: "${words(row)}" not among the notes ${JSON.stringify(notes)}`);
    }
    // The compared one changes: what is announced reads the same way, from yours to it.
    await session.click(await session.findAll('.compare-controls summary').then((s) => s[1]));
    await session.click(await session.waitFor('input[name="b-assumption-chips"][value="unrestricted"]'));
    await session.until('return location.search.includes("b.chips=unrestricted")', { what: `${lang}: the change in the address` });
    const after = await session.execute(DIFFERING);
    const moved = after.find((r) => !rows.some((s) => s.label === r.label && s.other === r.other));
    assert.ok(moved, `${lang}: no outcome of the compared scenario moved: ${JSON.stringify(after)}`);
    const said = await session.until(`const s = document.querySelector('main > p[role=status]').textContent;
      return s.includes(arguments[0]) && s`, { args: [words(moved)], what: `${lang}: "${words(moved)}" announced`,
      seen: 'return document.querySelector("main > p[role=status]").textContent' });
    // Said as the compared scenario's change (the words before `{changes}` in the content's template).
    assert.ok(said.startsWith(ui.announce_other_changes.split('{changes}')[0]), `${lang}: ${said}`);
  }
});

test('a column of the comparison is headed with its named scenario when it is one, a compared one of your own says so, in both languages, on the slides too', async () => {
  const { session } = ctx.browser;
  for (const lang of LANGUAGES) {
    const ui = UI(lang);
    const presets = text('presets.json', lang);
    const named = (whose, id) => `${whose}${ui.punctuation.colon}${presets[id].title}`;
    // Decoupling against a scenario of its own (Decoupling with one assumption put back): the second is "a scenario
    // of your own", never a bare "Compared with" (the teacher's fourth try).
    await session.goto(`${ctx.server.url}${rootOf(lang)}?v=1&page=compare&preset=decoupling&b=decoupling&b.tiktok=${byId('tiktok').default}&present=1`);
    await session.waitFor('table.compare');
    const headings = 'return [...document.querySelectorAll("table.compare thead th")].slice(1).map((th) => th.textContent)';
    const own = `${ui.share.other}${ui.punctuation.colon}${ui.share.own_scenario}`;
    assert.deepEqual(await session.execute(headings), [named(ui.share.yours, 'decoupling'), own], lang);
    // The second one set to Détente: named too.
    await session.goto(`${ctx.server.url}${rootOf(lang)}?v=1&page=compare&preset=decoupling&b=detente`);
    await session.waitFor('table.compare');
    assert.deepEqual(await session.execute(headings), [named(ui.share.yours, 'decoupling'), named(ui.share.other, 'detente')], lang);
  }
});
