// End-to-end: links open exactly their state, Back and Forward move between steps, presets and compare work by
// click and by link, the handout holds every step, and embedded steps resize their frames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, address } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';
import { readFile } from 'node:fs/promises';

const ENDINGS = JSON.parse(await readFile(new URL('../content/text/en/endings.json', import.meta.url), 'utf8'));
const PRESETS = JSON.parse(await readFile(new URL('../content/model/presets.json', import.meta.url), 'utf8'));


const ctx = suite();


async function open(query) {
  const { session } = ctx.browser;
  await session.goto(ctx.server.url + query);
  await session.waitFor('main');
  return session;
}

const title = (session) => session.execute('return document.querySelector("h2").textContent');

/** Polls `read` until it returns something other than `before`. */
async function changed(read, before, ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = await read();
    if (now !== before) return now;
    if (Date.now() > deadline) return now;
    await sleep(50);
  }
}

test('a link with a step and a scenario opens exactly there', async () => {
  const session = await open('?v=1&step=your-scenario&chips=domestic&tiktok=ban&open-source=fade&capex=15');
  assert.equal(await title(session), 'Your scenario');
  assert.equal(await session.execute('return document.querySelector("[name=assumption-chips]:checked").value'), 'domestic');
  assert.equal(await session.execute('return document.querySelector("[name=assumption-tiktok]:checked").value'), 'ban');
  assert.equal(await session.execute('return document.querySelector("input[type=range]").value'), '15');
  assert.equal(await session.execute('return document.querySelector(".ending").dataset.ending'), 'hemmed-in');
});

test('changing step adds history entries that Back and Forward follow; changing an assumption replaces', async () => {
  const session = await open('?step=intro');
  const next = await session.find('.step-nav button:last-of-type');
  const titles = [await title(session)];
  await session.click(next);
  titles.push(await title(session));
  await session.click(next);
  titles.push(await title(session));
  assert.match(await changed(() => address(session), '?v=1'), /^steps\/objectives\/\?v=1$/);
  const length = await session.execute('return history.length');
  await session.back();
  assert.equal(await changed(() => title(session), titles[2]), titles[1]);
  await session.back();
  assert.equal(await changed(() => title(session), titles[1]), titles[0]);
  await session.forward();
  assert.equal(await changed(() => title(session), titles[0]), titles[1]);
  // An assumption changes the address in place: no new entry.
  await session.goto(`${ctx.server.url}?step=independent-kingdoms`);
  await session.waitFor('h2');
  const entries = await session.execute('return history.length');
  await session.click(await session.find('input[name="assumption-chips"][value="domestic"]'));
  assert.match(await changed(() => address(session), 'steps/independent-kingdoms/?v=1'), /^steps\/independent-kingdoms\/\?v=1&chips=domestic$/);
  assert.equal(await session.execute('return history.length'), entries);
  assert.ok(length >= 3);
});

test('copy link puts the current state on the clipboard, or offers it to copy by hand', async () => {
  const session = await open('?step=chip-chokehold&chips=domestic');
  const buttons = await session.findAll('.share-bar > button');
  await session.click(buttons[0]);
  const outcome = await changed(() => session.execute(`return document.querySelector('.copied').textContent
    || (document.querySelector('.by-hand input') || {}).value || ''`), '');
  assert.ok(outcome === 'Link copied' || /\/steps\/chip-chokehold\/\?v=1&chips=domestic$/.test(outcome), outcome);
});

test('presets and compare work by click and by link', async () => {
  let session = await open('?step=your-scenario');
  const ending = () => session.execute('return document.querySelector(".ending").dataset.ending');
  assert.equal(await ending(), 'fast-follower');
  const presets = await session.findAll('.presets button');
  await session.click(presets[1]);
  assert.equal(await changed(ending, 'fast-follower'), 'hemmed-in');
  // The address carries exactly the preset's choices.
  const choices = Object.entries(PRESETS[1].choices).map(([k, v]) => `${k}=${v}`).join('&');
  assert.match(await changed(() => address(session), 'steps/your-scenario/?v=1'), new RegExp(`\\?v=1&${choices}$`));
  session = await open('?v=1&page=compare&preset=cash-crunch&b=detente');
  const cells = await session.execute('return [...document.querySelectorAll(".ending-row td")].map((c) => c.textContent)');
  assert.deepEqual(cells, [ENDINGS.overextended.title, ENDINGS['global-contender'].title]);
  assert.ok(await session.execute('return document.querySelectorAll(".differences > li").length') > 0);
});

test('the handout starts with the current step under a header naming its scenario, and lays out every step in order on request', async () => {
  const session = await open('?step=intro');
  const titles = await session.execute('return [...document.querySelectorAll(".progress-list .step-title")].map((t) => t.textContent)');
  await session.goto(`${ctx.server.url}?v=1&step=chip-chokehold&page=handout&preset=decoupling`);
  await session.waitFor('.handout .step');
  const only = await session.execute('return [...document.querySelectorAll(".handout .step h2")].map((h) => h.textContent)');
  assert.deepEqual(only, ['The chip chokehold']);
  assert.match(await session.execute('return document.querySelector(".handout-header h2").textContent'), /Decoupling/);
  assert.match(await session.execute('return document.querySelector(".handout-link").textContent'), /\/steps\/chip-chokehold\/\?v=1&chips=domestic/);
  await session.click(await session.find('.step-choices-quick button:last-of-type'));
  const handout = await session.execute('return [...document.querySelectorAll(".handout .step h2")].map((h) => h.textContent)');
  assert.deepEqual(handout, titles);
});

test('the embed demo sizes its frames from their content, and again when it changes', async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}embed-demo.html`);
  await session.waitFor('iframe');
  const height = (id) => session.execute(`return document.getElementById('${id}').getBoundingClientRect().height`);
  const first = await changed(() => height('kingdoms'), 300, 10000);
  const second = await changed(() => height('chips'), 300, 10000);
  assert.ok(first !== 300 && second !== 300, `frames were not resized: ${first}, ${second}`);
  // Open "Why?" inside the first frame: its content grows, and so must the frame.
  await session.frame(await session.find('#kingdoms'));
  await session.waitFor('.why summary');
  await session.click(await session.find('.why summary'));
  await session.frame();
  assert.ok((await changed(() => height('kingdoms'), first)) > first, 'the frame did not grow with its content');
  // Embedded without controls there are none. The frame posts its height from the readable page already, so wait
  // for the app (its "open in full" link) before asking what it shows.
  await session.frame(await session.find('#chips'));
  await session.waitFor('.open-full a');
  assert.equal(await session.execute('return document.querySelectorAll("fieldset").length'), 0);
  assert.equal(await session.execute('return document.querySelector(".open-full a").getAttribute("href").includes("embed")'), false);
  await session.frame();
});
