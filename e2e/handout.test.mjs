// The printed handout: one step fits on one A4 page and names its scenario, and printing with the dark
// theme chosen on screen still gives light pages. Printed over WebDriver's "Print Page" command, which returns the
// PDF; WebKitGTK's driver has no such command, so there the test is skipped with that reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { suite } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';
import { MODEL, stepWith, text } from './support/content.mjs';

const skip = browserEngine.name === 'webkit' && 'WebKitWebDriver has no Print Page command';
const ctx = suite({ skip });

/** Prints the page to an A4 PDF; returns its bytes. */
async function print(session) {
  const base64 = await session.cmd('POST', '/print', { page: { width: 21, height: 29.7 }, background: true });
  return Buffer.from(base64, 'base64');
}

/** The PDF's text with every deflated stream inflated (page objects may sit in compressed object streams). */
function pdfText(pdf) {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try { parts.push(inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1')); } catch { /* not deflated */ }
  }
  return parts.join('\n');
}

const pages = (pdf) => (pdfText(pdf).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Every colour the PDF sets (`r g b rg` and `RG`), as [r, g, b] in 0–1. */
const colours = (pdf) => [...pdfText(pdf).matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)/g)].map((c) => [+c[1], +c[2], +c[3]]);

const near = (a, b) => a.every((x, i) => Math.abs(x - b[i]) < 0.01);
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);

test('a printed handout of one step is one A4 page and names its scenario', { skip }, async () => {
  const { session } = ctx.browser;
  // A step of each of the views with the longest printouts, under a preset.
  const views = ['org-map', 'chips', 'dashboard', 'rivals'];
  const preset = MODEL.presets.find((p) => Object.keys(p.choices ?? {}).length > 1);
  for (const step of views.map((view) => stepWith({ view }).id)) {
    await session.goto(`${ctx.server.url}?v=1&step=${step}&page=handout&preset=${preset.id}`);
    await session.waitFor('.handout .step');
    assert.ok((await session.execute('return document.querySelector(".handout-header h2").textContent')).includes(text('presets.json')[preset.id].title), step);
    const pdf = await print(session);
    assert.equal(pages(pdf), 1, `${step}: ${pages(pdf)} pages`);
  }
});

test('printing with the dark theme chosen gives light pages', { skip }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=${stepWith({ view: 'chips' }).id}&page=handout`);
  await session.waitFor('.handout .step');
  if (await session.execute('return document.querySelector(".theme-switch").dataset.dark') !== 'true') {
    await session.click(await session.find('.theme-switch'));
  }
  assert.equal(await session.execute('return document.documentElement.dataset.theme'), 'dark');
  const used = colours(await print(session));
  assert.ok(used.length > 0, 'no colours found in the PDF');
  // The dark theme's page and text colours never reach the paper; the light theme's ink does.
  for (const dark of ['#14181d', '#e7eaee', '#1c2128']) {
    assert.ok(!used.some((c) => near(c, hex(dark))), `the dark theme's ${dark} is printed`);
  }
  assert.ok(used.some((c) => near(c, hex('#1d232b'))), 'the light theme\'s ink is not used');
});
