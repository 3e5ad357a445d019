// Take it away: every outcomes panel links to its scenario's outcomes as CSV, named for the step and the scenario,
// with one row per outcome whose values are the bars' values, in the page's language. In all three engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite } from './support/suite.mjs';

const ctx = suite();
const OUTCOMES = JSON.parse(await readFile(new URL('../content/model/outcomes.json', import.meta.url), 'utf8'));

/** The CSV link's file name and its rows, split into fields (RFC 4180 quoting). */
async function download(session) {
  const [name, href] = await session.execute(`const a = document.querySelector('.outcomes .download a');
    return [a.getAttribute('download'), a.href]`);
  const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.ok(text.startsWith('\ufeff'), 'no byte-order mark');
  const rows = text.slice(1).split('\r\n').filter(Boolean).map((line) => {
    const fields = [];
    let field = ''; let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; } else field += c;
    }
    return [...fields, field];
  });
  return { name, rows };
}

test('the outcomes download as CSV, one row per outcome, with the values on screen', async () => {
  const { session } = ctx.browser;
  for (const [query, name, header] of [
    ['?v=1&step=chip-chokehold&chips=domestic', 'ai-gambit-chip-chokehold-own-scenario.csv', 'outcome'],
    ['?v=1&step=tiktok-shadow&preset=decoupling', 'ai-gambit-tiktok-shadow-decoupling.csv', 'outcome'],
    ['zh-Hans/?v=1&step=chip-chokehold&chips=domestic', 'ai-gambit-chip-chokehold-自定义情景.csv', '结果'],
  ]) {
    await named(query, async () => {
      await session.goto(ctx.server.url + query);
      const { name: file, rows } = await download(session);
      assert.equal(file, name);
      assert.equal(rows[0][0], header);
      assert.equal(rows.length, 1 + OUTCOMES.length);
      assert.ok(rows.every((r) => r.length === 5), JSON.stringify(rows));
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
