// Two seams no validator of the served files can see, in every engine: the running app's charts are SVG through
// and through (an element inside an <svg> in the HTML namespace, such as a <title> Leptos made as HTML, is lost to
// assistive technology and to a serialised copy), and a mistyped older link (`?step=` naming no step) makes the
// start script ask the server for nothing that does not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite } from './support/suite.mjs';

const ctx = suite();
const STEPS = JSON.parse(await readFile(new URL('../content/data/steps.json', import.meta.url), 'utf8'));

test('every element inside a chart of the running app is in the SVG namespace', async () => {
  const { session } = ctx.browser;
  let charts = 0;
  // One step of each view: the same component draws every chart of a kind.
  const oneOfEach = STEPS.filter((s, i) => STEPS.findIndex((t) => t.view === s.view) === i);
  for (const step of oneOfEach) {
    await session.goto(`${ctx.server.url}steps/${step.id}/?v=1`);
    const found = await session.execute(`const svg = 'http://www.w3.org/2000/svg';
      const charts = [...document.querySelectorAll('main svg')];
      return { charts: charts.length, html: charts.flatMap((c) => [...c.querySelectorAll('*')])
        .filter((e) => e.namespaceURI !== svg).map((e) => e.namespaceURI + ' ' + e.localName) };`);
    assert.deepEqual(found.html, [], `steps/${step.id}/: elements outside the SVG namespace`);
    charts += found.charts;
  }
  assert.ok(charts > 0, 'no step showed a chart');
});

test('a link naming no step opens the first step and asks the server for no step page', async () => {
  const { session } = ctx.browser;
  const before = ctx.server.requests.length;
  await session.goto(`${ctx.server.url}?v=1&step=no-such-step`);
  const asked = ctx.server.requests.slice(before);
  assert.ok(asked.length > 0, 'the server saw no request at all');
  assert.deepEqual(asked.filter((path) => path.includes('no-such-step')), [], `requests: ${asked.join(', ')}`);
});
