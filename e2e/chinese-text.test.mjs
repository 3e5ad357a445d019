// What the Chinese reader finally sees in the app, in the states only the app builds: every step with every
// "为什么？" panel (and every other disclosure) open, every step's prediction answered, the dashboard under every
// preset, How this works, Compare with two scenarios, the handout with all steps, an embedded step and present mode
// with its notes. Each page's visible text, its tab title and the text it reads out (SVG titles and descriptions,
// aria-labels) may hold no half-width : ( ) . , ; ? !, no space next to a Chinese character or mark, no two colons
// in one clause, and no Latin word other than the names content/text/zh-Hans/terms.json declares (and paragraph
// references, P12), and no Chinese set in italics; a failure names the page and the text. What the core builds (How this works' markup, the
// readable pages, the CSV, saved charts, preview cards, every scenario sentence) is checked natively by
// core/tests/chinese_text.rs.
// Chromium only: the words do not depend on the engine.
// engines: chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { named, suite } from './support/suite.mjs';
import { keys } from './support/webdriver.mjs';

const chromium = (process.env.E2E_BROWSER ?? 'chromium') === 'chromium';
const ctx = suite({ skip: !chromium });
const read = async (path) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const TERMS = await read('text/zh-Hans/terms.json');
const NAMES = [...TERMS.names].sort((a, b) => b.length - a.length);
const ORDER = (await read('data/steps.json')).map((s) => s.id);
const PRESETS = (await read('model/presets.json')).map((p) => p.id);
const zh = () => `${ctx.server.url}zh-Hans/`;

const CHINESE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/;

/** Every problem of one line of text as the Chinese reader sees it, each with the text around it. */
export function problems(line, names = NAMES) {
  const found = [];
  const chars = [...line];
  const around = (i) => chars.slice(Math.max(0, i - 12), i + 12).join('');
  chars.forEach((c, i) => {
    const [before, after] = [chars[i - 1], chars[i + 1]];
    const digits = /\d/.test(before ?? '') && /\d/.test(after ?? '');
    if (':().,;?!'.includes(c) && !(c === '.' && digits)) found.push(`half-width '${c}' in «${around(i)}»`);
    if (c === ' ' && (CHINESE.test(before ?? '') || CHINESE.test(after ?? ''))) {
      found.push(`a space next to a Chinese character in «${around(i)}»`);
    }
  });
  // Two colons in one clause (a label before a text with its own, 「你的情景：芯片获取：…」), which the punctuation
  // norms (GB/T 15834) rule out; a list of labelled items parted by ； has one in each, and a colon in brackets or
  // quotes belongs to the sentence there (as core/tests/chinese_text.rs checks what the core builds).
  let [depth, colons, start] = [0, 0, 0];
  [...chars, '\n'].forEach((c, i) => {
    if (c === '（' || c === '“') depth += 1;
    else if (c === '）' || c === '”') depth -= 1;
    else if (c === '：' && depth === 0) colons += 1;
    else if ('。！？；\n'.includes(c) && depth === 0) {
      if (colons > 1) found.push(`two colons in one clause: «${chars.slice(start, i).join('')}»`);
      [colons, start] = [0, i + 1];
    }
  });
  let rest = line;
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'g'), '\ufffc');
  }
  for (const [word] of rest.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)) {
    if (!/^P\d+$/.test(word)) found.push(`the Latin word "${word}"`);
  }
  return found;
}

/** The page's text as the reader sees and hears it, line by line: links' addresses taken out. */
const TEXT = `
  // Table cells come out of innerText separated by tabs: each is a text of its own.
  const lines = [document.title, ...document.body.innerText.split(/[\\n\\t]/)];
  for (const e of document.querySelectorAll('[aria-label], svg title, svg desc, svg text')) {
    lines.push(e.getAttribute('aria-label') ?? e.textContent);
  }
  return lines.map((l) => l.replace(/https?:\\/\\/\\S+/g, '').replace(/\\s+/g, ' ').trim()).filter(Boolean);`;

/** The Chinese texts shown slanted: Chinese type has no italic, and a browser slants the glyphs into a false one. */
const SLANTED = `const cjk = /[\\u4e00-\\u9fff]/; const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const e = n.parentElement;
    if (!e || !cjk.test(n.data) || !e.getClientRects().length) continue;
    if (getComputedStyle(e).fontStyle !== 'normal') out.push(n.data.trim().slice(0, 30));
  }
  return [...new Set(out)];`;

const OPEN_ALL = 'document.querySelectorAll("details").forEach((d) => { d.open = true; })';

async function check(session, page, found) {
  const lines = await session.execute(TEXT);
  assert.ok(lines.length > 5, `${page}: nothing to read`);
  for (const line of new Set(lines)) {
    for (const p of problems(line)) found.push(`${page}: ${p}`);
  }
  for (const text of await session.execute(SLANTED)) found.push(`${page}: Chinese set in italics «${text}»`);
}

async function ready(session) {
  await session.waitFor('main h2, .embedded-title');
}

test('the check sees an English colon, a space, a full stop, a Latin word and two colons in a clause', () => {
  assert.deepEqual(problems('起点（文章所呈现的2025年状况）：55. 2025年'), ["half-width '.' in «的2025年状况）：55. 2025年»"]);
  assert.deepEqual(problems('算力获取: 55'), ["half-width ':' in «算力获取: 55»"]);
  assert.deepEqual(problems('缺少芯片。 文章'), ['a space next to a Chinese character in «缺少芯片。 文章»']);
  assert.deepEqual(problems('芯片“卡脖子” · AI Gambit'), [
    'a space next to a Chinese character in «芯片“卡脖子” · AI Gambit»',
    'the Latin word "Gambit"']);
  assert.deepEqual(problems('DeepSeek借助Seed Edge（P12、P20）：55→30'), []);
  assert.deepEqual(problems('你的情景：芯片获取：仅国产芯片'), ['two colons in one clause: «你的情景：芯片获取：仅国产芯片»']);
  assert.deepEqual(problems('你的情景——芯片获取：仅国产芯片；TikTok在美处境：被禁（指向右：不低于）'), []);
});

test('a planted English colon on a Chinese page is found, with the page and the text', { skip: !chromium && 'Chromium only' }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${zh()}?v=1&step=chip-chokehold`);
  await ready(session);
  await session.execute(OPEN_ALL);
  await session.execute(`const why = document.querySelector('.outcome .why p');
    why.textContent = why.textContent.replaceAll('：', ': ');`);
  const found = [];
  await check(session, 'step chip-chokehold, planted', found);
  assert.ok(found.some((f) => f.startsWith("step chip-chokehold, planted: half-width ':' in «")), found.join('\n'));
  assert.ok(found.some((f) => /a space next to a Chinese character in «.*: /.test(f)), found.join('\n'));
});

test('every Chinese page state the app builds reads as Chinese', { skip: !chromium && 'Chromium only' }, async () => {
  const { session } = ctx.browser;
  const found = [];
  await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
  // Every step, every disclosure open; then its prediction answered, if it has one.
  for (const id of ORDER) {
    await named(id, async () => {
      await session.goto(`${zh()}?v=1&step=${id}`);
      await ready(session);
      await session.execute(OPEN_ALL);
      await check(session, `step ${id}, 为什么？ open`, found);
      if (await session.execute('return !!document.querySelector(".predict-choices button")')) {
        await session.execute('document.querySelector(".predict-choices button").click()');
        await session.until('return !!document.querySelector(".predict-result")', { what: 'the answer' });
        await session.execute(OPEN_ALL);
        await check(session, `step ${id}, prediction answered`, found);
      }
    });
  }
  // The dashboard under every preset.
  for (const preset of PRESETS) {
    await session.goto(`${zh()}?v=1&step=${ORDER.at(-1)}&preset=${preset}`);
    await ready(session);
    await session.execute(OPEN_ALL);
    await check(session, `dashboard under ${preset}, 为什么？ open`, found);
  }
  // How this works, Compare (with a second scenario), the handout with every step, an embedded step, present mode.
  const pages = [
    ['使用与模型说明', '?v=1&step=chip-chokehold&page=model'],
    ['Compare', '?v=1&step=chip-chokehold&chips=domestic&page=compare&b=detente'],
    ['Compare, same scenario', '?v=1&page=compare'],
    ['handout, all steps', '?v=1&step=tiktok-shadow&preset=decoupling&page=handout', async () => {
      const [, all] = await session.findAll('.step-choices-quick button');
      await session.click(all);
    }],
    ['embedded step', '?v=1&step=chip-chokehold&embed=1'],
    ['embedded step without controls', '?v=1&step=cost-of-ambition&embed=1&controls=0'],
    ['present mode with notes', '?v=1&step=tiktok-shadow&present=1', async () => {
      await session.until('return document.documentElement.classList.contains("presenting")', { what: 'present mode' });
      await keys(session, 'n');
      await session.until('return document.documentElement.classList.contains("with-notes")', { what: 'the notes' });
    }],
  ];
  for (const [page, query, action] of pages) {
    await named(page, async () => {
      await session.goto(`${zh()}${query}`);
      await ready(session);
      await action?.();
      await session.execute(OPEN_ALL);
      await check(session, page, found);
    });
  }
  assert.deepEqual(found, [], `${found.length} problems:\n${found.join('\n')}`);
});
