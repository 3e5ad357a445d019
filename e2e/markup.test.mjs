// Seams no validator of the served files can see, in every engine: the running app's charts are SVG through and
// through (an element inside an <svg> in the HTML namespace, such as a <title> Leptos made as HTML, is lost to
// assistive technology and to a serialised copy); a mistyped older link (`?step=` naming no step) makes the start
// script ask the server for nothing that does not exist; and no page the app builds is wider than its window (a
// style meant for a badge once landed on a whole list item through a shared class name, and Compare scrolled
// sideways by 700 pixels); the last step's list of endings, each one's details open, fits a phone's width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, named } from './support/suite.mjs';
import { viewport } from './support/screens.mjs';
import { ORDER, title } from './support/content.mjs';

const ctx = suite();
const STEPS = JSON.parse(await readFile(new URL('../content/data/steps.json', import.meta.url), 'utf8'));

test('every element inside a chart of the running app is in the SVG namespace', async () => {
  const { session } = ctx.browser;
  let charts = 0;
  // One step of each view: the same component draws every chart of a kind. The app is opened once, at the first
  // step, and each step opened from the step list; in one round trip each, the step is opened, its title awaited
  // and its charts read.
  const oneOfEach = STEPS.filter((s, i) => STEPS.findIndex((t) => t.view === s.view) === i);
  await session.goto(`${ctx.server.url}steps/${STEPS[0].id}/?v=1`);
  await session.waitFor('main h2');
  for (const step of oneOfEach) {
    const found = await session.executeAsync(`const [i, heading, done] = arguments;
      document.querySelectorAll('.progress-list a')[i].click();
      const deadline = Date.now() + 3000;
      const check = () => {
        const shown = document.querySelector('main h2')?.textContent ?? null;
        if (shown !== heading) return Date.now() > deadline ? done({ seen: shown }) : setTimeout(check, 50);
        const svg = 'http://www.w3.org/2000/svg';
        const charts = [...document.querySelectorAll('main svg')];
        done({ charts: charts.length, html: charts.flatMap((c) => [...c.querySelectorAll('*')])
          .filter((e) => e.namespaceURI !== svg).map((e) => e.namespaceURI + ' ' + e.localName) });
      };
      check();`, [ORDER.indexOf(step.id), title(step.id)]);
    assert.ok(found.html, `${step.id} did not open from the step list; seen: ${JSON.stringify(found.seen)}`);
    assert.deepEqual(found.html, [], `${step.id}: elements outside the SVG namespace`);
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

test('no page state is wider than its window, on a phone and a laptop, with every Why? open', async () => {
  const { session } = ctx.browser;
  // A scenario whose causes include rules flagged as ours (their badge once styled the whole line), compared with
  // a preset, and the same on a step, How this works and the handout.
  const states = ['steps/chip-chokehold/?v=1&chips=domestic&tiktok=ban', '?v=1&page=compare&chips=domestic&tiktok=ban&b=detente',
    '?v=1&page=model', '?v=1&page=handout&chips=domestic'];
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await viewport(session, width, height);
    for (const lang of ['', 'zh-Hans/']) {
      for (const state of states) {
        await named(`${width} px, ${lang}${state}`, async () => {
          await session.goto(`${ctx.server.url}${lang}${state}`);
          const wide = await session.execute(`document.querySelectorAll('details').forEach((d) => { d.open = true; });
            const root = document.documentElement;
            if (root.scrollWidth <= innerWidth) return null;
            const out = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1);
            return { width: root.scrollWidth, window: innerWidth, first: out.slice(0, 3).map((e) => e.tagName + '.' + e.className) };`);
          assert.equal(wide, null, 'the page scrolls sideways');
        });
      }
    }
  }
  await viewport(session, 1280, 900);
});

test('the list of endings fits a phone\'s width', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 390, height: 844 }).catch(() => {});
  try {
    await session.goto(`${ctx.server.url}?v=1&step=your-scenario&research=deepened`);
    await session.waitFor('.endings-reach');
    await session.execute('document.querySelectorAll(".endings-reach details").forEach((d) => { d.open = true; })');
    const overflow = await session.execute(`const r = document.querySelector('.reach');
      return { scroll: r.scrollWidth, client: r.clientWidth, page: document.documentElement.scrollWidth, width: innerWidth }`);
    assert.ok(overflow.scroll <= overflow.client + 1, `the list overflows: ${JSON.stringify(overflow)}`);
    assert.ok(overflow.page <= overflow.width + 1, `the page overflows: ${JSON.stringify(overflow)}`);
  } finally {
    await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
  }
});
