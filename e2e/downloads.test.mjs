// Take it away: every outcomes panel saves its scenario's outcomes as CSV, named for the step and the scenario,
// with one row per outcome whose values are the bars' values, in the page's language; every chart saves as SVG and
// as PNG at twice its size, with its title, scenario and source drawn in.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, suite } from './support/suite.mjs';
import { MODEL, UI, fill, setting, stepWith, text } from './support/content.mjs';

const ctx = suite();
const OUTCOMES = MODEL.outcomes;
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const KINGDOMS = stepWith({ view: 'org-map' });
const PRESET = MODEL.presets.find((p) => Object.keys(p.choices ?? {}).length > 1);
const RIPPLE = stepWith({ view: 'ripple', control: 'tiktok' });
// A scenario of the reader's own is named by what it changes: in a file's name by the link's keys and values, in
// the picture by its words ("Scenario: Chip access → Domestic chips only"), never "a scenario of your own".
const CHIPS_CUT = setting('chips', 'domestic');

/** Records what the page hands the browser to download, instead of downloading it. */
const RECORD = `window.saved = [];
  HTMLAnchorElement.prototype.click = function () { window.saved.push({ name: this.download, href: this.href }); };`;

/** The CSV's file name and its rows, split into fields (RFC 4180 quoting), from a click on its button. */
async function download(session) {
  await session.execute(RECORD);
  await session.click(await session.find('.outcomes .download button'));
  const [{ name, href }] = await session.until('return window.saved.length && window.saved', { what: 'the CSV' });
  const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.ok(text.startsWith('\ufeff'), 'no byte-order mark');
  // The figures, then an empty row and what travels with them: the scenario's line and the source's, a line each.
  const [figures, context = ''] = text.slice(1).split('\r\n\r\n');
  const rows = figures.split('\r\n').filter(Boolean).map((line) => {
    const fields = [];
    let field = ''; let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; } else field += c;
    }
    return [...fields, field];
  });
  return { name, rows, context: context.split('\r\n').filter(Boolean) };
}

test('the outcomes download as CSV, one row per outcome, with the values on screen', async () => {
  const { session } = ctx.browser;
  for (const [query, name, header] of [
    [`?v=1&step=${CHARTED.id}&chips=domestic`, `ai-gambit-${CHARTED.id}-chips-domestic.csv`, UI().download.columns[0]],
    [`?v=1&step=${RIPPLE.id}&preset=${PRESET.id}`, `ai-gambit-${RIPPLE.id}-${PRESET.id}.csv`, UI().download.columns[0]],
    [`zh-Hans/?v=1&step=${CHARTED.id}&chips=domestic`, `ai-gambit-${CHARTED.id}-chips-domestic.csv`, UI('zh-Hans').download.columns[0]],
  ]) {
    await named(query, async () => {
      await session.goto(ctx.server.url + query);
      const { name: file, rows, context } = await download(session);
      assert.equal(file, name);
      const lang = query.startsWith('zh-Hans/') ? 'zh-Hans' : 'en';
      const [scenarioWords] = UI(lang).download.scenario.split('{name}');
      const [sourceWords] = UI(lang).download.source.split('{n}');
      assert.equal(context.length, 2, `the figures' context: ${JSON.stringify(context)}`);
      assert.ok(context[0].replace(/^"/, '').startsWith(scenarioWords), `no scenario line: ${context[0]}`);
      assert.ok(context[1].replace(/^"/, '').startsWith(sourceWords), `no source line: ${context[1]}`);
      assert.equal(rows[0][0], header);
      assert.equal(rows.length, 1 + OUTCOMES.length);
      assert.ok(rows.every((r) => r.length === UI().download.columns.length), JSON.stringify(rows));
      const bars = await session.execute(`return [...document.querySelectorAll('.outcomes .outcome')]
        .map((o) => [o.querySelector('.outcome-label').textContent.trim(), o.dataset.value])`);
      for (const [label, value] of bars) {
        const row = rows.find((r) => r[0] === label);
        assert.ok(row, `no row for ${label}`);
        assert.equal(row[1], value, label);
      }
    });
  }
});

/** Width and height of a PNG, from its header. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'not a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('a chart saves as SVG and as a PNG at twice its size, with its title, scenario and source drawn in', async () => {
  const { session } = ctx.browser;
  const VIEWS = text('views.json');
  const scenario = (name) => fill(UI().download.scenario, { name });
  for (const [query, stem, named_, view] of [
    [`?v=1&step=${CHARTED.id}&chips=domestic`, `ai-gambit-${CHARTED.id}-chips-domestic`, scenario(CHIPS_CUT), CHARTED.view],
    [`?v=1&step=${KINGDOMS.id}&preset=${PRESET.id}`, `ai-gambit-${KINGDOMS.id}-${PRESET.id}`, scenario(text('presets.json')[PRESET.id].title), KINGDOMS.view],
  ]) {
    await named(query, async () => {
      await session.goto(ctx.server.url + query);
      await session.execute(RECORD);
      // A link that sets the step's assumption holds its chart back until its question is answered or skipped.
      const skip = await session.findAll('.predict-skip');
      if (skip.length) await session.click(skip[0]);
      const [svgButton, pngButton] = await session.findAll('.save-chart button');
      await session.click(svgButton);
      await session.click(pngButton);
      const saved = await session.until('return window.saved.length === 2 && window.saved', { what: 'two saved files' });
      const [svg, png] = saved.sort((a, b) => a.name.localeCompare(b.name)).reverse();
      assert.equal(svg.name, `${stem}.svg`);
      assert.equal(png.name, `${stem}.png`);
      // The SVG parses, and says what it shows.
      // Parsed without its <style>: a parsed document takes the page's policy, which allows no inline style.
      const file = await session.execute(`const text = decodeURIComponent(arguments[0].slice(arguments[0].indexOf(',') + 1));
        const styled = /<style>[^<]*svg \\.pool-level\\{[^<]*<\\/style>/.test(text);
        const doc = new DOMParser().parseFromString(text.replace(/<style>[^<]*<\\/style>/, ''), 'image/svg+xml');
        const root = doc.documentElement;
        return { styled, error: doc.querySelector('parsererror')?.textContent ?? null, tag: root.tagName,
          width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
          gauge: doc.querySelector('.pool-gauge')?.getAttribute('data-value') ?? null,
          live: document.querySelector('main .pool-gauge')?.getAttribute('data-value') ?? null }`, [svg.href]);
      assert.equal(file.error, null);
      assert.ok(file.styled, 'the file carries the charts\' style');
      assert.equal(file.tag, 'svg');
      const title = VIEWS[view].title;
      assert.ok(file.texts.includes(title), `no title "${title}" in ${JSON.stringify(file.texts.slice(0, 4))}`);
      assert.ok(file.texts.some((t) => t.startsWith(named_)), `no "${named_}…" in ${JSON.stringify(file.texts.slice(0, 4))}`);
      assert.ok(file.texts.some((t) => /P\d+/.test(t)), 'no paragraph in the source line');
      assert.equal(file.gauge, file.live, 'the saved chart shows the scenario on screen');
      // The PNG is the same picture at twice its size.
      assert.ok(png.href.startsWith('data:image/png;base64,'), png.href.slice(0, 40));
      const bytes = Buffer.from(png.href.slice(png.href.indexOf(',') + 1), 'base64');
      assert.deepEqual(pngSize(bytes), [2 * file.width, 2 * file.height]);
      assert.ok(bytes.length > 20000, `${bytes.length} bytes: an empty picture?`);
    });
  }
});
