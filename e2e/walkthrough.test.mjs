// End-to-end: the built dist/, served from a sub-folder, opened in a real browser over WebDriver.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, suite } from './support/suite.mjs';


const ctx = suite();


async function open(query = '?step=independent-kingdoms') {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url + query);
  await session.waitFor('h2');
  return session;
}

async function poolValue(session) {
  return Number(await session.attribute(await session.find('.pool-gauge'), 'data-value'));
}

test('the page mounts with the step as its h2 and no console error', async () => {
  const session = await open();
  assert.equal(await session.text(await session.find('h2')), 'Independent kingdoms');
  assert.equal(await session.execute('return document.querySelectorAll("main fieldset > legend").length'), 1);
});

test('flipping chip access changes the view and the sentence', async () => {
  const session = await open();
  const sentence = async () => session.text(await session.find('.scenario-sentence'));
  const level = async () => session.attribute(await session.find('.pool-level'), 'height');
  const before = { pool: await poolValue(session), sentence: await sentence(), level: await level() };

  await session.click(await session.find('input[name="assumption-chips"][value="domestic"]'));
  assert.ok((await poolValue(session)) < before.pool, 'domestic chips should drain the compute pool');
  assert.notEqual(await level(), before.level);
  assert.notEqual(await sentence(), before.sentence);

  await session.click(await session.find('input[name="assumption-chips"][value="unrestricted"]'));
  assert.ok((await poolValue(session)) > before.pool, 'unrestricted chips should fill the compute pool');
});

test('a link opens its scenario, and a bad value is reported as text', async () => {
  let session = await open('?step=independent-kingdoms&chips=unrestricted');
  assert.equal(await session.execute('return document.querySelector("input[value=unrestricted]").checked'), true);
  const unrestricted = await poolValue(session);

  session = await open('?step=independent-kingdoms&chips=%3Cimg%20src%3Dx%3E');
  assert.ok((await poolValue(session)) < unrestricted);
  const notice = await session.text(await session.find('.link-notice'));
  assert.match(notice, /<img src=x>/);
  assert.equal(await session.execute('return document.querySelectorAll("img").length'), 0);
});

test('every request stays on the page\'s own server, under its folder', async () => {
  await open();
  assert.ok(ctx.server.requests.length > 0);
  for (const path of ctx.server.requests) assert.ok(path.startsWith('/some/folder/'), path);
});

test('in the final step, flipping every assumption changes the dashboard', async () => {
  const session = await open('?step=your-scenario');
  const dashboard = () => session.execute(`return JSON.stringify([
    document.querySelector('.ending').dataset.ending,
    ...[...document.querySelectorAll('.dashboard .outcome')].map((o) => o.dataset.value)])`);
  const groups = await session.execute(
    'return [...document.querySelectorAll("main fieldset")].map((f) => f.querySelector("input").name)');
  assert.ok(groups.length >= 8, `${groups.length} controls`);
  let before = await dashboard();
  for (const name of groups) {
    await named(`flipping ${name}`, async () => {
      const type = await session.execute(`return document.querySelector('[name="${name}"]').type`);
      if (type === 'range') {
        await session.execute(`const s = document.querySelector('[name="${name}"]');
          s.value = s.max; s.dispatchEvent(new Event('input', { bubbles: true }));`);
      } else {
        await session.click(await session.find(`input[name="${name}"]:not(:checked)`));
      }
      const after = await dashboard();
      assert.notEqual(after, before, 'the dashboard stayed as it was');
      before = after;
    });
  }
});
