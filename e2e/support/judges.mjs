// The judges of markup and accessibility, shared by judges.test.mjs and judges-zh.test.mjs: what each judge
// is, how it is run, what it accepts, and the walk through every page state (`eachState`). `defineJudges` makes
// a file's tests: the walks it is given and, in the first file, the checks that each judge can find a fault.
// The walks are in two files so that they run at once (`cargo xtask test` runs two files at a time).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, named, suite, useTheme } from './suite.mjs';
import { browserEngine } from './browsers.mjs';
import { LANGUAGES, MODEL, ORDER, PREDICTIONS, UI, rootOf, stepWith } from './content.mjs';

const VNU = new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
const ACE = new URL('../node_modules/accessibility-checker-engine/ace.js', import.meta.url);
const AXE = new URL('../node_modules/axe-core/axe.min.js', import.meta.url);
// html-validate's configuration: its recommended rules, less four that only judge how markup is written, not what
// it means. doctype-style: the templates write <!doctype html> in lower case. void-style: they write <meta ... />.
// attribute-boolean-style: browsers serialise a boolean attribute as disabled="". no-trailing-whitespace: Trunk
// leaves spaces at the ends of lines where it replaces the template's tags.
const CONFIG = new URL('../.htmlvalidate.json', import.meta.url);

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
    reason: 'A <textarea> the app fills with text (the figures as CSV) holds it and the empty comment Leptos leaves after dynamic text, a DOM '
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

let ctx;
let folder;
let htmlValidate;

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
 * values are potential violations, recommendations and passes), under every rule of its IBM_Accessibility guideline
 * but those of IBM_LEFT_OUT (a copy of the guideline without them; a rule it lacks is an error). The engine is
 * injected once per loaded page.
 */
async function ibm(session, state, aceSource) {
  if (!await session.execute('return !!window.ace')) {
    await session.execute(`${aceSource}; window.ace = ace; return true;`);
  }
  const results = await session.executeAsync(`const [left, done] = arguments;
    const checker = new ace.Checker();
    const all = checker.getGuidelines().find((g) => g.id === 'IBM_Accessibility');
    const rules = new Set(all.checkpoints.flatMap((c) => (c.rules ?? []).map((r) => r.id)));
    const missing = left.filter((r) => !rules.has(r));
    if (missing.length) return done({ error: 'no rule ' + missing.join(', ') + ' in IBM_Accessibility' });
    checker.addGuideline({ ...all, id: 'judged', checkpoints: all.checkpoints.map((c) => ({ ...c,
      rules: (c.rules ?? []).filter((r) => !left.includes(r.id)) })) });
    checker.check(document, ['judged']).then(
      (report) => done(report.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
        .map((r) => ({ rule: r.ruleId, message: r.message, where: r.path.dom + ' ' + r.snippet }))),
      (e) => done({ error: String(e) }));`, [IBM_LEFT_OUT]);
  if (results.error) throw new Error(`IBM's engine failed: ${results.error}`);
  return results.map((r) => ({ judge: 'ibm', state, rule: r.rule, message: r.message, where: short(r.where, 160) }));
}

/**
 * The rules that judge colours, which alone can find something in the dark theme that they did not find in the light
 * one (the DOM is the same, see `themeless`): axe's contrast of text and of links within text.
 */
const COLOURS = ['color-contrast', 'link-in-text-block'];

/**
 * IBM's rules left to axe: text_contrast_sufficient judges the contrast of HTML text (not SVG text: it read none in
 * the charts, measured), as axe's color-contrast does in both themes and both languages, and axe must decide every
 * HTML text (a text it cannot judge is a finding; see `axe`). It took about a third of IBM's time (measured).
 */
const IBM_LEFT_OUT = ['text_contrast_sufficient'];

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
 * Opens each page state the reader can reach and calls `light(state, { markup })` once it has rendered in the light
 * theme, then `dark(state, { markup })` once the same page state is in the dark theme: every step, "How this works",
 * Compare (alone, and with a second scenario that differs, whose rows are marked, its controls unfolded), the Handout
 * (of the current step, and of all steps), an embedded step, the model page, present mode (with its QR code), the
 * share panel's QR code, and a prediction asked and answered; `markup` marks the states the markup judges read. The
 * theme is set as a reader sets it (see `useTheme`), on the page as it is; an embedded step, light unless its link
 * says otherwise, is opened once more with `theme=dark` in its link. `root` is the language's folder.
 */
async function eachState(session, { light, dark }, { root = '', lang = LANGUAGES[0] } = {}) {
  // Outside Chromium, the page stays in the theme it opens in (useTheme needs Chromium's DevTools protocol).
  const setTheme = CHROMIUM ? (theme) => useTheme(session, theme) : async () => false;
  // A state reached by an action is opened once more for the dark theme and the action done again, so that the
  // colours are judged as soon after it as in the light theme (an answered prediction's outcomes are highlighted for
  // a moment); so is an embedded step, whose link sets its theme, and a page whose switch is hidden (present mode).
  const both = async (state, markup, { darkLink, action } = {}) => {
    await setTheme('light');
    await light(state, { markup });
    if (!dark) return;
    if (darkLink) {
      await session.goto(ctx.server.url + root + darkLink);
      await session.waitFor('main h2, .embedded-title');
    }
    if (await setTheme('dark') || darkLink) await action?.(session);
    await dark(state, { markup });
  };
  await session.goto(ctx.server.url + root);
  await session.waitFor('h2');
  const total = await session.execute('return document.querySelectorAll(".progress-list li").length');
  assert.ok(total > 0, 'no steps found');
  for (let i = 0; i < total; i += 1) {
    await named(`step ${i + 1}`, async () => {
      await setTheme('light');
      const buttons = await session.findAll('.progress-list a');
      await session.click(buttons[i]);
      const title = await session.execute('return document.querySelector("h2").textContent');
      await both(`step ${i + 1} "${title}"`, true);
    });
  }
  await setTheme('light');
  await session.click(await session.find('.how-button'));
  await both('How this works', true);
  const embedded = `?step=${CHARTED}&embed=1`;
  for (const [page, query, action, markup = true, darkLink] of [['Compare', '?page=compare'],
    ['Compare, two scenarios', `?page=compare&b=${MODEL.presets.filter((p) => p.choices).at(-1).id}`],
    ['Compare, the second set up one by one', `?page=compare&b=${MODEL.presets.filter((p) => p.choices).at(-1).id}`, async (session) => {
      await clicking('.compare-side:last-child .compare-controls summary')(session);
      await session.waitFor('.compare-side:last-child .compare-controls fieldset', 5000);
    }],
    ['Handout', '?page=handout'], ['Handout, all steps', '?page=handout', (session) => allSteps(session, lang)],
    ['Embedded step', embedded, null, true, `${embedded}&theme=dark`], ['Model', '?page=model'],
    ['Present mode', `?step=${CHARTED}&present=1`, null, false],
    ['Present mode with its QR code', `?step=${CHARTED}&present=1`, clicking('.present-bar .qr-button'), false],
    ['The share panel\'s QR code', `?step=${CHARTED}`, clicking('.qr-panel summary'), false],
    ['A prediction asked', `?step=${PREDICTED}`, clicking('.predict-question legend'), false],
    ['A prediction answered', `?step=${PREDICTED}`, clicking('.predict-choices button'), false]]) {
    await named(page, async () => {
      await session.goto(ctx.server.url + root + query);
      await session.waitFor('main h2, .embedded-title');
      await setTheme('light');
      await action?.(session);
      await both(page, markup, { darkLink: darkLink ?? (action ? query : undefined), action });
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


/**
 * Serious and critical violations axe finds on the page as it is now, one line each, under all its rules or under
 * `rules` alone. axe leaves an id that is used by ARIA or a label but given twice to review; such a reference names
 * the wrong element, so here it is a violation. A colour rule (COLOURS) that cannot decide on an HTML element is a
 * finding too: axe alone judges the contrast of HTML text (IBM_LEFT_OUT); SVG text over a chart's shapes it leaves
 * undecided, as IBM's engine does; and it cannot see through the slides' QR dialog, laid over the dimmed slide
 * (position: fixed), to decide on its link, #111 on the dialog's #fff box (18.9:1), which it passes wherever the code
 * sits in the page (the share bar, the handout). axe is injected once per loaded page.
 */
async function axe(session, state, axeSource, rules = null) {
  if (!await session.execute('return !!window.axe')) {
    await session.execute(`${axeSource}; axe.configure({ rules: [{ id: 'duplicate-id-aria', reviewOnFail: false }] });
      return true;`);
  }
  const found = await session.executeAsync(`const [rules, colours, done] = arguments;
    const nodes = (v, list) => list.slice(0, 3).map((n) => n.target.join(' ')).join(', ')
      + (list.length > 3 ? ' and ' + (list.length - 3) + ' more' : '');
    axe.run(document, { resultTypes: ['violations', 'incomplete'], elementRef: true,
      ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) }).then((r) => done([
      ...r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ' (' + v.impact + '): ' + nodes(v, v.nodes)),
      ...r.incomplete.filter((v) => colours.includes(v.id))
        .map((v) => [v, v.nodes.filter((n) => !n.element.closest('svg, .present-qr'))]).filter(([, html]) => html.length)
        .map(([v, html]) => v.id + ' cannot decide on HTML: ' + nodes(v, html)
          + ' (' + html[0].any.concat(html[0].none).map((c) => c.message).join('; ') + ')'),
    ]), (e) => done(['axe failed: ' + e]));`, [rules, COLOURS]);
  return found.map((v) => `axe, ${state}: ${v}`);
}

/** The classes present mode's fitting puts on <html>, as it measures the slide (see `themeless`). */
const FITTING = /^(fit-\d+|squeeze-\d+|text-under)$/;

/**
 * The page's DOM as markup, with the theme left out: the attribute that sets it and what the theme switch says (it
 * names the theme it switches to), and present mode's `data-fitted` marker and its fitting classes. Light and dark
 * differ in nothing else:
 * the dark theme is CSS alone, so the dark walk asks only the colour rules, and this shows that nothing but colours
 * changed.
 */
async function themeless(session, lang) {
  const html = await serialise(session);
  const [toDark, toLight] = [UI(lang).to_dark, UI(lang).to_light];
  return html.replace(/ data-theme="(light|dark)"/, '')
    // The step present mode last fitted (set a frame after each step change, for the tests to wait on) may lag a
    // snapshot taken at once; it is a test's marker, not the page.
    .replace(/ data-fitted="[^"]*"/, '')
    // Likewise the classes present mode's fitting sets on <html> (the type grown, `fit-k`; the chart or type shrunk,
    // `squeeze-k`; the step's text under its view, `text-under`: src/views/present/fit.rs): a refit a frame later
    // may land between the two snapshots.
    .replace(/<html([^>]*) class="([^"]*)"/, (_, before, classes) => `<html${before} class="${classes.split(' ')
      .filter((c) => !FITTING.test(c)).sort().join(' ')}"`)
    .replace(`data-dark="true">${toLight}`, `data-dark="false">${toDark}`)
    // The marks on the bars an answer changed last a moment (2.5 s) from the answer, not from the theme: whether a
    // snapshot still holds them depends on how long the judges took, so they are left out on both sides.
    .replace(/ class="outcome changed"/g, ' class="outcome"');
}

/** Where two serialised pages first differ, with some of each around it, for a failure's message. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at character ${i}: light «${a.slice(Math.max(0, i - 60), i + 60)}» dark «${b.slice(Math.max(0, i - 60), i + 60)}»`;
}

// In Chromium, one walk per language for axe, with the markup judges in the first language, and one in English for
// IBM's engine, apart: on a page where axe has run, IBM's engine took about four times as long (measured). On each
// visit, all of axe's rules read the page in the light theme and its colour rules (COLOURS) read it in the dark
// theme, whose DOM must match the light one's but for the theme (see `themeless`). IBM's engine reads the light
// theme: its rules but the contrast of text (IBM_LEFT_OUT) judge the DOM, which the theme does not change. In the
// other engines, one walk for the markup judges, on the DOM that engine rendered.
export const WALKS = CHROMIUM
  ? [...LANGUAGES.map((lang) => ({ lang, judge: 'axe' })), { lang: LANGUAGES[0], judge: 'IBM' }]
  : [{ lang: LANGUAGES[0], judge: null }];


/**
 * The tests of one file: a walk through every page state for each of `walks` (from WALKS), and with `selfChecks`
 * the checks that each judge finds the faults planted in a broken page and in the shipped HTML files.
 */
export function defineJudges({ walks, selfChecks }) {
  ctx = suite({ serverOptions: async () => ({ extra: { 'broken.html': BROKEN } }) });

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'judges-'));
    htmlValidate = new HtmlValidate(JSON.parse(await readFile(CONFIG, 'utf8')));
  });

  after(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  if (selfChecks) {
    // One run of vnu (a Java start, seconds) for the page each judge must find fault with and the shipped files.
    test('vnu and html-validate find a list item nested in another, and nothing in the shipped HTML files', async () => {
      const shipped = await Promise.all(['index.html', `steps/${ORDER[0]}/index.html`].map(async (file) => ({
        state: `dist/${file}`, html: await readFile(join(DIST, file), 'utf8'),
      })));
      const pages = [{ state: 'broken page', html: BROKEN }, ...shipped];
      const found = [...await vnu(pages), ...await htmlValidateFindings(pages)];
      const broken = report(found.filter((f) => f.state === 'broken page'));
      assert.ok(broken.some((l) => l.startsWith('vnu error: No “li” element in scope')), broken.join('\n'));
      assert.ok(broken.some((l) => l.startsWith('html-validate close-order:')), broken.join('\n'));
      assert.deepEqual(report(found.filter((f) => f.state !== 'broken page')), []);
    });


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

  }

  for (const { lang, judge } of walks) {
    const markup = lang === LANGUAGES[0] && judge !== 'IBM';
    const judges = [judge, markup && 'vnu and html-validate'].filter(Boolean);
    const themes = { axe: ', light theme and (colour rules) dark theme', IBM: ', light theme' }[judge] ?? '';
    test(`${judges.join(', ')} find nothing in any page state, in ${lang}${themes}`, async () => {
      const { session } = ctx.browser;
      const source = judge && await readFile(judge === 'axe' ? AXE : ACE, 'utf8');
      const found = [];
      const axeFound = [];
      const pages = [];
      const differ = [];
      let lightDom;
      const light = async (state, { markup: read }) => {
        if (judge === 'axe') axeFound.push(...await axe(session, `${state}, ${lang}, light`, source));
        // IBM's engine and the markup judges read the states they always read; axe reads every one.
        if (judge === 'IBM' && read) found.push(...await ibm(session, state, source));
        if (markup && read) pages.push({ state, html: await serialise(session) });
        if (judge === 'axe') lightDom = await themeless(session, lang);
      };
      const dark = async (state, { markup: read }) => {
        if (judge === 'axe') {
          axeFound.push(...await axe(session, `${state}, ${lang}, dark`, source, COLOURS));
          const darkDom = await themeless(session, lang);
          if (darkDom !== lightDom) differ.push(`${state}, ${firstDifference(lightDom, darkDom)}`);
        }
      };
      await eachState(session, { light, dark: judge === 'axe' ? dark : null }, { root: rootOf(lang), lang });
      for (const { state, html } of pages) assert.ok(html.includes('</main>'), `${state}: no <main> in the page`);
      if (markup) found.push(...await vnu(pages), ...await htmlValidateFindings(pages));
      assert.deepEqual([...axeFound, ...report(found)], []);
      assert.deepEqual(differ, [], 'page states whose DOM in the dark theme differs from the light one in more than the theme');
    });
  }

}
