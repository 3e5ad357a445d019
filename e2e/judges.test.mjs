// The judges of markup and accessibility, on one visit of every page state: axe-core and IBM's Equal Access engine
// (accessibility-checker-engine) inside the page, in Chromium, in the light and the dark theme (axe in English and in
// Chinese, IBM in English); the W3C Nu HTML Checker (vnu, run with the machine's Java) and html-validate on the shipped
// HTML files of dist/ and on the DOM of every page state as each engine rendered it, serialised. Each (language,
// theme) walks the steps and page states once, and every judge of that walk looks at each visit. A failure lists each
// finding with its page state, rule and element or line. What a judge reports that is not a defect is accepted by
// name in ACCEPTED below, each with its reason (the README lists them too). Symbols drawn by CSS stay out of
// accessible names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, named, suite, useTheme } from './support/suite.mjs';
import { browserEngine } from './support/browsers.mjs';
import { LANGUAGES, MODEL, PREDICTIONS, UI, rootOf, stepWith } from './support/content.mjs';

const VNU = new URL('./node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
const ACE = new URL('./node_modules/accessibility-checker-engine/ace.js', import.meta.url);
const AXE = new URL('./node_modules/axe-core/axe.min.js', import.meta.url);
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

// axe-core and IBM's engine run in Chromium (the theme switch uses Chromium's DevTools protocol to emulate the
// system's preference); vnu and html-validate run in every engine, each on the DOM that engine rendered.
const CHROMIUM = browserEngine.name === 'chromium';
const chromiumOnly = !CHROMIUM && "axe-core and IBM's accessibility-checker-engine run in Chromium only";

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

const CHARTED = stepWith({ view: 'chips' }).id;
const PREDICTED = PREDICTIONS[0].step;
/** Clicks `css` once it is there: some states take a click after the page opens. */
const clicking = (css) => async (session) => session.click(await session.waitFor(css, 5000));

/**
 * Opens each page state the reader can reach and calls `visit(state, { markup })` once it has rendered: every step,
 * "How this works", Compare (alone, and with a second scenario that differs, whose rows are marked, its controls
 * unfolded), the Handout (of the current step, and of all steps), an embedded step, the model page, present mode
 * (with its QR code), the share panel's QR code, and a prediction asked and answered; `markup` marks the states the
 * markup judges read. `prepare` runs after each page load (it sets the theme); an embedded step, light unless its
 * link says otherwise, is given `theme` in its link. `root` is the language's folder.
 */
async function eachState(session, visit, { prepare = async () => {}, root = '', lang = LANGUAGES[0], theme = null } = {}) {
  await session.goto(ctx.server.url + root);
  await session.waitFor('h2');
  await prepare();
  const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
  assert.ok(total > 0, 'no steps found');
  for (let i = 0; i < total; i += 1) {
    await named(`step ${i + 1}`, async () => {
      const buttons = await session.findAll('.progress-list button');
      await session.click(buttons[i]);
      const title = await session.execute('return document.querySelector("h2").textContent');
      await visit(`step ${i + 1} "${title}"`, { markup: true });
    });
  }
  await session.click(await session.find('.how-button'));
  await visit('How this works', { markup: true });
  for (const [page, query, action, markup = true] of [['Compare', '?page=compare'],
    ['Compare, two scenarios', `?page=compare&b=${MODEL.presets.filter((p) => p.choices).at(-1).id}`],
    ['Compare, the second set up one by one', `?page=compare&b=${MODEL.presets.filter((p) => p.choices).at(-1).id}`, async (session) => {
      await clicking('.compare-side:last-child .compare-controls summary')(session);
      await session.waitFor('.compare-side:last-child .compare-controls fieldset', 5000);
    }],
    ['Handout', '?page=handout'], ['Handout, all steps', '?page=handout', (session) => allSteps(session, lang)],
    ['Embedded step', `?step=${CHARTED}&embed=1${theme ? `&theme=${theme}` : ''}`], ['Model', '?page=model'],
    ['Present mode', `?step=${CHARTED}&present=1`, null, false],
    ['Present mode with its QR code', `?step=${CHARTED}&present=1`, clicking('.present-bar .qr-button'), false],
    ['The share panel\'s QR code', `?step=${CHARTED}`, clicking('.qr-panel summary'), false],
    ['A prediction asked', `?step=${PREDICTED}`, clicking('.predict-question legend'), false],
    ['A prediction answered', `?step=${PREDICTED}`, clicking('.predict-choices button'), false]]) {
    await named(page, async () => {
      await session.goto(ctx.server.url + root + query);
      await session.waitFor('main h2, .embedded-title');
      await prepare();
      await action?.(session);
      await visit(page, { markup });
    });
  }
}

/** Chooses every step for the handout, as its "All steps" button does. */
async function allSteps(session, lang) {
  const [, all] = await session.findAll('.step-choices-quick button');
  assert.equal(await session.text(all), UI(lang).share.all_steps);
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

/**
 * Serious and critical violations axe finds on the page as it is now, one line each. axe leaves an id that is used
 * by ARIA or a label but given twice to review; such a reference names the wrong element, so here it is a violation.
 * axe is injected once per loaded page.
 */
async function axe(session, state, axeSource) {
  if (!await session.execute('return !!window.axe')) {
    await session.execute(`${axeSource}; axe.configure({ rules: [{ id: 'duplicate-id-aria', reviewOnFail: false }] });
      return true;`);
  }
  const found = await session.executeAsync(`const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')
        + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))));`);
  return found.map((v) => `axe, ${state}: ${v}`);
}

// In Chromium, one walk per language and theme for axe (with the markup judges on the first), and one per theme for
// IBM's engine, apart: on a page where axe has run, IBM's engine took about four times as long (measured). In the
// other engines, one walk for the markup judges, on the DOM that engine rendered.
const WALKS = CHROMIUM
  ? [...LANGUAGES.flatMap((lang) => ['light', 'dark'].map((theme) => ({ lang, theme, judge: 'axe' }))),
    ...['light', 'dark'].map((theme) => ({ lang: LANGUAGES[0], theme, judge: 'IBM' }))]
  : [{ lang: LANGUAGES[0], theme: null, judge: null }];

for (const { lang, theme, judge } of WALKS) {
  const markup = lang === LANGUAGES[0] && theme !== 'dark' && judge !== 'IBM';
  const judges = [judge, markup && 'vnu and html-validate'].filter(Boolean);
  test(`${judges.join(', ')} find nothing in any page state, in ${lang}${theme ? `, ${theme} theme` : ''}`, async () => {
    const { session } = ctx.browser;
    const source = judge && await readFile(judge === 'axe' ? AXE : ACE, 'utf8');
    const found = [];
    const axeFound = [];
    const pages = [];
    const visit = async (state, { markup: read }) => {
      if (judge === 'axe') axeFound.push(...await axe(session, `${state}, ${lang}, ${theme}`, source));
      // IBM's engine and the markup judges read the states they always read; axe reads every one.
      if (judge === 'IBM' && read) found.push(...await ibm(session, `${state}, ${theme}`, source));
      if (markup && read) pages.push({ state, html: await serialise(session) });
    };
    await eachState(session, visit, { root: rootOf(lang), lang, theme, prepare: theme ? () => useTheme(session, theme) : undefined });
    for (const { state, html } of pages) assert.ok(html.includes('</main>'), `${state}: no <main> in the page`);
    if (markup) found.push(...await vnu(pages), ...await htmlValidateFindings(pages));
    assert.deepEqual([...axeFound, ...report(found)], []);
  });
}

test("IBM's engine finds a button with no name", { skip: chromiumOnly }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}broken.html`);
  const lines = report(await ibm(session, 'broken page', await readFile(ACE, 'utf8')));
  assert.ok(lines.some((l) => l.startsWith('ibm input_label_exists:') && l.includes('<button')), lines.join('\n'));
});

test('axe finds a button with no name', { skip: chromiumOnly }, async () => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}broken.html`);
  const lines = await axe(session, 'broken page', await readFile(AXE, 'utf8'));
  assert.ok(lines.some((l) => l.includes('button-name')), lines.join('\n'));
});

test('symbols drawn by CSS stay out of accessible names', { skip: chromiumOnly }, async () => {
  const { session } = ctx.browser;
  // WebDriver's Get Computed Label gives the name assistive technology reads.
  const label = async (css) => session.cmd('GET', `/element/${await session.find(css)}/computedlabel`);
  const other = MODEL.presets.filter((p) => p.choices)[0].id;
  await session.goto(`${ctx.server.url}?v=1&step=${CHARTED}&page=compare&b=${other}`);
  await session.waitFor('table.compare tr.differs th');
  const names = [await label('.theme-switch'), await label('table.compare tr.differs th')];
  for (const name of names) assert.doesNotMatch(name, /[\u25D0\u25C6]/, `"${name}"`);
  assert.ok([UI().to_dark, UI().to_light].some((n) => names[0].includes(n)), `the theme switch is named "${names[0]}"`);
});
