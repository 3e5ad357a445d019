// Three more judges of markup and accessibility, beside axe-core (accessibility.test.mjs): the W3C Nu HTML Checker
// (vnu, run with the machine's Java), html-validate, and IBM's Equal Access engine (accessibility-checker-engine).
// vnu and html-validate read the shipped HTML files of dist/ and the DOM of every page state as the browser rendered
// it, serialised; IBM's engine runs inside the page, in the light and the dark theme. A failure lists each finding
// with its page state, rule and element or line. What a judge reports that is not a defect is accepted by name in
// ACCEPTED below, each with its reason (the README lists them too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, named, suite, useTheme } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';

const VNU = new URL('./node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
const ACE = new URL('./node_modules/accessibility-checker-engine/ace.js', import.meta.url);
// html-validate's configuration: its recommended rules, less four that only judge how markup is written, not what
// it means. doctype-style: the templates write <!doctype html> in lower case. void-style: they write <meta ... />.
// attribute-boolean-style: browsers serialise a boolean attribute as disabled="". no-trailing-whitespace: Trunk
// leaves spaces at the ends of lines where it replaces the template's tags.
const CONFIG = new URL('./.htmlvalidate.json', import.meta.url);

/**
 * What the judges report that is not a defect, each with its reason. A finding is accepted when its judge and rule
 * match, its message matches `message` and, where given, its element matches `where`. Keep this list short and
 * narrow: every entry hides a finding on every page.
 */
const ACCEPTED = [
  {
    judge: 'vnu', rule: 'info', message: /^Trailing slash on void elements has no effect/,
    reason: 'Style, not a defect: the templates write <meta ... />, and html-validate\'s void-style is off for the '
      + 'same reason.',
  },
  {
    judge: 'vnu', rule: 'warning',
    message: /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script)/,
    reason: "A misfire of vnu: it warns of a stylesheet or script at a relative address under 'self', and even under "
      + 'style-src * (tried); browsers load them under the policy, and hardening.test.mjs fails on any violation they '
      + 'report.',
  },
  {
    judge: 'html-validate', rule: 'no-raw-characters', message: /^Raw "<" must be encoded/, where: /-title$/,
    reason: "A misreading of SVG: html-validate reads an SVG <title> as HTML's, whose content is text, so the empty "
      + 'comment Leptos leaves after dynamic text (<!---->) looks like a raw "<"; in SVG it is a comment.',
  },
  {
    judge: 'html-validate', rule: 'no-raw-characters', message: /^Raw "<" must be encoded/, where: / > textarea$/,
    reason: 'The embed code\'s <textarea> holds its text and the empty comment Leptos leaves after dynamic text, a DOM '
      + 'that markup cannot express (in markup a textarea holds text only); the box shows the text alone.',
  },
];

// IBM's engine runs in Chromium, as axe-core does (its theme switch uses Chromium's DevTools protocol to emulate the
// system's preference); vnu and html-validate run in every engine, each on the DOM that engine rendered.
const chromiumOnly = browserEngine.name !== 'chromium'
  && "IBM's accessibility-checker-engine runs in Chromium only, as axe-core does";

// A page that each judge must find fault with, so that a judge that finds nothing is known to have looked: a list
// item inside another (as a DOM built by script can hold, and its serialisation shows), and a button with no name.
const BROKEN = `<!DOCTYPE html>
<html lang="en"><head><title>Broken</title><link rel="icon" href="data:,"></head>
<body><main><h1>Broken</h1><ul><li>one<li>two</li></li></ul><button type="button"></button></main></body></html>`;

const ctx = suite({ serverOptions: async () => ({ extra: { 'broken.html': BROKEN } }) });
let folder;
let htmlValidate;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'judges-'));
  htmlValidate = new HtmlValidate(JSON.parse(await readFile(CONFIG, 'utf8')));
});

after(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Shortens `text` to one line of at most `max` characters. */
function short(text, max = 100) {
  const line = String(text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * vnu's findings in `pages` (each `{ state, html }`), checked in one run of the checker, as it takes about two
 * seconds to start. vnu has no rule ids: its message type (error, warning or info) stands as the rule.
 */
async function vnu(pages) {
  const files = await Promise.all(pages.map(async ({ html }, i) => {
    const file = join(folder, `page-${i}.html`);
    await writeFile(file, html);
    return file;
  }));
  const stdout = await new Promise((resolve, reject) => {
    execFile('java', ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => (error ? reject(new Error(`vnu failed: ${error.message} ${err}`)) : resolve(out)));
  });
  return JSON.parse(stdout).messages.map((m) => {
    const page = pages[files.findIndex((f) => m.url?.endsWith(f))];
    return {
      judge: 'vnu',
      state: page?.state ?? m.url,
      rule: m.subType ?? m.type,
      message: m.message,
      where: `line ${m.lastLine}: ${short(m.extract, 80)}`,
    };
  });
}

/** html-validate's findings in `pages` (each `{ state, html }`), with the committed configuration. */
async function htmlValidateFindings(pages) {
  const found = [];
  for (const { state, html } of pages) {
    const report = await htmlValidate.validateString(html, `${state}.html`);
    for (const m of report.results.flatMap((r) => r.messages)) {
      const where = m.selector ?? `line ${m.line}`;
      found.push({ judge: 'html-validate', state, rule: m.ruleId, message: m.message, where });
    }
  }
  return found;
}

/**
 * IBM's violations on the page as it is now: results whose value is ['VIOLATION', 'FAIL'] (the engine's other
 * values are potential violations, recommendations and passes). The engine is injected once per loaded page.
 */
async function ibm(session, state, aceSource) {
  if (!await session.execute('return !!window.ace')) {
    await session.execute(`${aceSource}; window.ace = ace; return true;`);
  }
  const results = await session.executeAsync(`const done = arguments[arguments.length - 1];
    new ace.Checker().check(document, ['IBM_Accessibility']).then(
      (report) => done(report.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
        .map((r) => ({ rule: r.ruleId, message: r.message, where: r.path.dom + ' ' + r.snippet }))),
      (e) => done({ error: String(e) }));`);
  if (results.error) throw new Error(`IBM's engine failed: ${results.error}`);
  return results.map((r) => ({ judge: 'ibm', state, rule: r.rule, message: r.message, where: short(r.where, 160) }));
}

/**
 * The findings that are not accepted, one line each: a finding seen in several page states at the same element is
 * listed once, with every state it was seen in.
 */
function report(findings) {
  const lines = new Map();
  for (const f of findings) {
    if (ACCEPTED.some((a) => a.judge === f.judge && a.rule === f.rule && a.message.test(f.message)
      && (!a.where || a.where.test(f.where)))) continue;
    const key = `${f.judge} ${f.rule}: ${short(f.message, 200)} at ${f.where}`;
    if (!lines.has(key)) lines.set(key, []);
    if (!lines.get(key).includes(f.state)) lines.get(key).push(f.state);
  }
  return [...lines].map(([key, states]) => `${key} (in ${states.join(', ')})`);
}

/**
 * Opens each page state the reader can reach and calls `visit(state)` once it has rendered: every step, "How this
 * works", Compare (alone, and with a second scenario that differs, whose rows are marked), the Handout (of the
 * current step, and of all steps), an embedded step and the model page. `prepare` runs after each page load (it
 * sets the theme).
 */
async function eachState(session, visit, prepare = async () => {}) {
  await session.goto(ctx.server.url);
  await session.waitFor('h2');
  await prepare();
  const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
  assert.ok(total > 0, 'no steps found');
  for (let i = 0; i < total; i += 1) {
    await named(`step ${i + 1}`, async () => {
      const buttons = await session.findAll('.progress-list button');
      await session.click(buttons[i]);
      const title = await session.execute('return document.querySelector("h2").textContent');
      await visit(`step ${i + 1} "${title}"`);
    });
  }
  await session.click(await session.find('.how-button'));
  await visit('How this works');
  for (const [page, query, action] of [['Compare', '?page=compare'],
    ['Compare, two scenarios', '?page=compare&b=detente'],
    ['Handout', '?page=handout'], ['Handout, all steps', '?page=handout', allSteps],
    ['Embedded step', '?step=chip-chokehold&embed=1'], ['Model', '?page=model']]) {
    await named(page, async () => {
      await session.goto(ctx.server.url + query);
      await session.waitFor('main h2, .embedded-title');
      await prepare();
      await action?.(session);
      await visit(page);
    });
  }
}

/** Chooses every step for the handout, as its "All steps" button does. */
async function allSteps(session) {
  const [, all] = await session.findAll('.step-choices-quick button');
  assert.equal(await session.text(all), 'All steps');
  await session.click(all);
  const shown = await session.execute('return document.querySelectorAll("main article.step").length');
  assert.ok(shown > 1, `${shown} step(s) shown`);
}

/** The page's DOM as markup, with the doctype the serialisation leaves out. */
function serialise(session) {
  return session.execute('return "<!DOCTYPE html>\\n" + document.documentElement.outerHTML');
}

test('vnu and html-validate find a list item nested in another', async () => {
  const pages = [{ state: 'broken page', html: BROKEN }];
  const found = [...await vnu(pages), ...await htmlValidateFindings(pages)];
  const lines = report(found);
  assert.ok(lines.some((l) => l.startsWith('vnu error: No “li” element in scope')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('html-validate close-order:')), lines.join('\n'));
  assert.ok(lines.every((l) => l.endsWith('(in broken page)')), lines.join('\n'));
});

test('vnu and html-validate find nothing in the shipped HTML files', async () => {
  const pages = await Promise.all(['index.html', 'embed-demo.html'].map(async (file) => ({
    state: `dist/${file}`, html: await readFile(join(DIST, file), 'utf8'),
  })));
  assert.deepEqual(report([...await vnu(pages), ...await htmlValidateFindings(pages)]), []);
});

test('vnu and html-validate find nothing in the rendered DOM of any page state', async () => {
  const { session } = ctx.browser;
  const pages = [];
  await eachState(session, async (state) => { pages.push({ state, html: await serialise(session) }); });
  for (const { state, html } of pages) assert.ok(html.includes('</main>'), `${state}: no <main> in the page`);
  assert.deepEqual(report([...await vnu(pages), ...await htmlValidateFindings(pages)]), []);
});

test("IBM's engine finds a button with no name", { skip: chromiumOnly }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}broken.html`);
  const lines = report(await ibm(session, 'broken page', await readFile(ACE, 'utf8')));
  assert.ok(lines.some((l) => l.startsWith('ibm input_label_exists:') && l.includes('<button')), lines.join('\n'));
});

for (const theme of ['light', 'dark']) {
  test(`IBM's engine finds no violation in any page state, ${theme} theme`, { skip: chromiumOnly }, async () => {
    const { session } = ctx.browser;
    const aceSource = await readFile(ACE, 'utf8');
    const found = [];
    const visit = async (state) => { found.push(...await ibm(session, `${state}, ${theme}`, aceSource)); };
    await eachState(session, visit, () => useTheme(session, theme));
    assert.deepEqual(report(found), []);
  });
}

