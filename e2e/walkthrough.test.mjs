// End-to-end: the built dist/, served from a sub-folder, opened in a real browser over WebDriver: a link's bad value
// is named as text, and every resource the pages load comes from the page's own server, under its folder.
// The app's own logic, the same in every engine, so Chromium alone runs it (keyboard.test.mjs and judges.test.mjs
// visit every step in each engine):
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support/suite.mjs';
import { stepWith } from './support/content.mjs';

const ctx = suite();
const CHARTED = stepWith({ varies: 'chips', control: 'chips' });

async function open(query = `?step=${CHARTED.id}`) {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url + query);
  await session.waitFor('h2');
  return session;
}

async function poolValue(session) {
  return Number(await session.attribute(await session.find('.pool-gauge'), 'data-value'));
}

test('a link opens its scenario, and a bad value is reported as text', async () => {
  let session = await open(`?step=${CHARTED.id}&chips=unrestricted`);
  assert.equal(await session.execute('return document.querySelector("input[value=unrestricted]").checked'), true);
  const unrestricted = await poolValue(session);

  session = await open(`?step=${CHARTED.id}&chips=%3Cimg%20src%3Dx%3E`);
  assert.ok((await poolValue(session)) < unrestricted);
  const notice = await session.text(await session.find('.link-notice'));
  assert.match(notice, /<img src=x>/);
  assert.equal(await session.execute('return document.querySelectorAll("img").length'), 0);
});

test('every resource the pages load comes from the page\'s own server, under its folder', async () => {
  const { session } = ctx.browser;
  // The pages' own record of what they loaded (the server sees only what is asked of it, never a request elsewhere).
  const loaded = [];
  for (const query of [`?step=${CHARTED.id}`, `steps/${CHARTED.id}/?chips=domestic`, '?page=model', '?page=compare&b=detente', '?page=handout']) {
    await open(query);
    await session.execute('document.querySelector("main input[type=radio]:not(:checked)")?.click()');
    loaded.push(...await session.execute(`return [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]`));
  }
  assert.ok(loaded.some((u) => u.endsWith('.wasm')), `no WebAssembly among ${loaded.length} resources`);
  const elsewhere = loaded.filter((u) => !u.startsWith(ctx.server.url));
  assert.deepEqual(elsewhere, [], `resources from elsewhere than ${ctx.server.url}`);
  assert.ok(ctx.server.requests.length > 0);
  for (const path of ctx.server.requests) assert.ok(path.startsWith('/some/folder/'), path);
});
