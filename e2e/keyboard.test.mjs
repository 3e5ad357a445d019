// A reader with only a keyboard (issue 14): from a fresh page, with Tab, Shift+Tab, the arrows and Enter alone,
// the skip link, a step, an assumption, a "Why?", the copied link and Compare are all reached and used, and
// wherever focus lands it is visibly focused: on an element (not the page), in sight and not wholly covered, with
// the focus outline drawn. "Previous" and "Next" keep working from the keyboard without a detour. Scripts here only
// read the page (what has focus, classes, text, the address, the title); every move is a key press.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, address, STEP_HERE } from './support/suite.mjs';
import { KEYS, keys } from './support/webdriver.mjs';
import { ORDER, TITLES as titles, UI, fill, stepWith } from './support/content.mjs';

const ctx = suite();

const TITLES = titles();
const ui = UI();
/** The step the journey walks to: the chip step, whose assumption it flips. */
const CHARTED = stepWith({ view: 'chips', control: 'chips' });
const SHIFT_TAB = [KEYS.Shift, KEYS.Tab];

/** How many key presses a search for a target may take before it fails with the stop's name. */
const LIMIT = 80;

/** The focused element, in a few words: its tag, class and text. */
const DESCRIBE = `const describe = (el) => !el ? 'nothing' : el === document.body ? 'the page (body)'
  : el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + (el.name ? '[name=' + el.name + ']' : '') + (el.type === 'radio' ? '[value=' + el.value + ']' : '') + ' "' + (el.value && el.tagName === 'INPUT' && el.type === 'text' ? el.value : el.textContent).trim().slice(0, 40) + '"';`;

/**
 * What is wrong with the focus: nothing, when an element (not the page) has it, the element has a size and is in
 * the viewport, some of it is not covered by another element, and its outline or a box shadow is drawn. Focus that
 * is on the page is given half a second to land (an app may move it a moment after what it replaced).
 */
async function focusProblems(session) {
  await session.until('return !!document.activeElement && document.activeElement !== document.body', { ms: 500 });
  return session.execute(`${DESCRIBE}
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return ['focus is lost: it is on ' + describe(el)];
    const found = [];
    const r = el.getBoundingClientRect();
    const [w, h] = [innerWidth, innerHeight];
    if (!(r.width > 0 && r.height > 0)) found.push(describe(el) + ' has no size (' + r.width + ' by ' + r.height + ')');
    else if (r.right <= 0 || r.bottom <= 0 || r.left >= w || r.top >= h) {
      found.push(describe(el) + ' is out of sight (at ' + Math.round(r.left) + ', ' + Math.round(r.top) + ' in a ' + w + ' by ' + h + ' viewport)');
    } else {
      // Some of it shows: one of five points of its part inside the viewport hits the element itself.
      const [x0, y0, x1, y1] = [Math.max(r.left, 0), Math.max(r.top, 0), Math.min(r.right, w), Math.min(r.bottom, h)];
      const points = [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]].map(([a, b]) => [x0 + a * (x1 - x0), y0 + b * (y1 - y0)]);
      const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
      if (!hits.some((hit) => hit && (el.contains(hit) || hit.contains(el) && hit.tagName === 'LABEL'))) {
        found.push(describe(el) + ' is covered by ' + describe(hits[0]));
      }
    }
    const style = getComputedStyle(el);
    if (style.outlineStyle === 'none' && style.boxShadow === 'none') found.push(describe(el) + ' has no focus outline (outline-style none, box-shadow none)');
    return found;`);
}

/** Whether the focused element matches `css` (and, if given, has `text` as its trimmed text). */
const focusedIs = (session, css, text) => session.execute(`const el = document.activeElement;
  return !!el && el.matches(arguments[0]) && (arguments[1] === null || el.textContent.trim() === arguments[1])`, [css, text ?? null]);

const focused = (session) => session.execute(`${DESCRIBE} return describe(document.activeElement)`);

/**
 * Presses Tab, or Shift+Tab, until the focused element matches `css` (and has `text`), at most LIMIT times. A
 * reader sees where the target is: Tab when it comes later in the page than the focused element, Shift+Tab when it
 * comes before, so a search never tabs out of the page; while nothing has focus, `start` says which ('forward' or
 * 'back'). Fails naming the stop.
 */
async function tabTo(session, stop, css, { text = null, first = false, start = 'forward' } = {}) {
  const TARGETS = `const targets = [...document.querySelectorAll(arguments[0])].filter((t) => arguments[1] === null || t.textContent.trim() === arguments[1]).slice(0, arguments[2] ? 1 : undefined);`;
  const named = `${css}${first ? ' (the first)' : ''}${text ? ` "${text}"` : ''}`;
  for (let presses = 0; presses <= LIMIT; presses++) {
    if (await session.execute(`${TARGETS} return targets.includes(document.activeElement)`, [css, text, first])) return;
    if (presses === LIMIT) break;
    const direction = await session.execute(`${TARGETS} const el = document.activeElement;
      if (targets.length === 0) return 'none';
      if (!el || el === document.body) return arguments[3];
      return targets.some((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'forward' : 'back';`, [css, text, first, start]);
    if (direction === 'none') throw new Error(`${stop}: nothing on the page matches ${named}`);
    // Mark the focused element, press, then wait until focus has moved (engines may handle the key after answering).
    await session.execute('window.__kbdFrom = document.activeElement');
    await keys(session, direction === 'forward' ? KEYS.Tab : SHIFT_TAB);
    await session.until('return document.activeElement !== window.__kbdFrom', { ms: 1000 });
  }
  throw new Error(`${stop}: ${LIMIT} presses of Tab or Shift+Tab did not reach ${named}; focus is on ${await focused(session)}`);
}

/** The live region's text, the address's query and the document's title. */
const announced = (session) => session.execute('return document.querySelector("main [role=status][aria-live]").textContent.trim()');
const search = (session) => address(session);
const title = (session) => session.execute('return document.title');

test('a keyboard alone reaches and uses the skip link, a step, an assumption, a "Why?", the link and Compare, with focus always visible', async (t) => {
  const { session } = ctx.browser;
  await session.goto(`${ctx.server.url}?v=1&step=${ORDER[0]}`);
  await session.waitFor('main h2');
  const problems = [];
  /** Checks that focus is visible at `stop`, and runs `checks` (each returns a problem or nothing). */
  const at = async (stop, ...checks) => {
    for (const p of await focusProblems(session)) problems.push(`${stop}: ${p}`);
    for (const check of checks) {
      const p = await check();
      if (p) problems.push(`${stop}: ${p}`);
    }
  };

  try {
    // 1. The first Tab reaches the skip link, shown on screen.
    let stop = 'stop 1 (skip link)';
    await keys(session, KEYS.Tab);
    await session.until('return document.activeElement !== document.body', { ms: 1000 });
    await at(stop, async () => (await focusedIs(session, 'a.skip-link', ui.skip)) ? null : `the first Tab focused ${await focused(session)}, not the skip link "${ui.skip}"`,
      async () => {
        const box = await session.execute('const r = document.querySelector("a.skip-link").getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight]');
        const [left, top, right, bottom, width, height] = box;
        return bottom - top > 0 && left >= 0 && top >= 0 && right <= width && bottom <= height ? null : `the skip link is not wholly in the viewport: ${box.map(Math.round).join(', ')}`;
      });

    // 2. Enter on the skip link puts focus on the step's heading.
    stop = 'stop 2 (step heading)';
    await keys(session, KEYS.Enter);
    const onHeading = await session.until('return document.activeElement === document.querySelector("main h2")');
    await at(stop, async () => onHeading ? null : `Enter on the skip link focused ${await focused(session)}, not the step's heading (main h2)`);

    // 3. ArrowRight, from the heading, walks to the chip step; the title follows at every step, and the arrival is
    // announced.
    const target = ORDER.indexOf(CHARTED.id);
    stop = `stop 3 (step ${target + 1} by ArrowRight)`;
    const lost = new Map();
    for (let i = 1; i <= target; i++) {
      await keys(session, KEYS.ArrowRight);
      const moved = await session.until(`return ${STEP_HERE} === arguments[0] && document.title.startsWith(arguments[1])`, { args: [ORDER[i], TITLES[i]] });
      if (!moved) {
        throw new Error(`${stop}: ArrowRight number ${i} did not reach step ${i + 1} "${TITLES[i]}" (address ${await search(session)}, title "${await title(session)}", focus on ${await focused(session)})`);
      }
      // Focus stays with the reader at every move (the same problem at several moves is said once, with them all).
      if (i < target) for (const p of await focusProblems(session)) lost.set(p, [...lost.get(p) ?? [], i + 1]);
    }
    for (const [p, steps] of lost) problems.push(`${stop}, on arriving at step${steps.length > 1 ? 's' : ''} ${steps.join(', ')} on the way: ${p}`);
    const arrival = fill(ui.place, { progress: fill(ui.progress, { n: target + 1, total: ORDER.length }), title: TITLES[target] });
    const said = await session.until('return document.querySelector("main [role=status][aria-live]").textContent.trim() === arguments[0]', { args: [arrival] });
    await at(stop, async () => said ? null : `the live region says "${await announced(session)}", not "${arrival}"`);

    // 4. An assumption flipped with the arrows of its radio group.
    stop = 'stop 4 (chips radio)';
    await tabTo(session, stop, 'main input[type=radio][name="assumption-chips"]');
    await at(stop);
    const before = await session.execute('return document.querySelector("input[name=assumption-chips]:checked").value');
    const chipsBefore = new URLSearchParams((await search(session)).split('?')[1]).get('chips');
    await keys(session, KEYS.ArrowDown);
    stop = 'stop 4 (chips radio, after ArrowDown)';
    const after = await session.until('const c = document.querySelector("input[name=assumption-chips]:checked"); return c && c.value !== arguments[0] && c.value', { args: [before] });
    const saysChanged = ui.announce_changes.split('{changes}')[0].trim();
    const changed = await session.until('return document.querySelector("main [role=status][aria-live]").textContent.trim().startsWith(arguments[0])', { args: [saysChanged] });
    await at(stop,
      () => after ? null : `ArrowDown left the checked option at "${before}"`,
      async () => (await focusedIs(session, 'input[name="assumption-chips"]:checked')) ? null : `focus is on ${await focused(session)}, not on the option just checked`,
      async () => changed ? null : `the live region says "${await announced(session)}", not "${saysChanged} …"`);
    const flipped = await session.until('const c = new URLSearchParams(location.search).get("chips"); return c !== arguments[0] && c', { args: [chipsBefore] });
    if (!flipped) problems.push(`${stop}: the address does not carry the new option (chips=${chipsBefore} in ${await search(session)})`);

    // 5. The step's first "Why?", opened with Enter.
    stop = 'stop 5 (first "Why?")';
    await tabTo(session, stop, 'main .why summary', { first: true });
    await at(stop);
    await keys(session, KEYS.Enter);
    const open = await session.until('return document.activeElement.matches(".why summary") && document.activeElement.parentElement.open');
    await at(`${stop}, after Enter`, () => open ? null : 'Enter did not open its <details>');

    // 6. "Copy link", pressed with Enter: copied, or (where the engine refuses the clipboard) offered to copy by hand.
    stop = 'stop 6 (Copy link button)';
    await tabTo(session, stop, '.share-bar > button', { text: ui.share.copy_link });
    await at(stop);
    await keys(session, KEYS.Enter);
    const outcome = await session.until(`return document.querySelector('.copied').textContent.trim()
      || (document.querySelector('.by-hand input') || {}).value || ''`);
    stop = 'stop 6 (Copy link button, after Enter)';
    t.diagnostic(outcome === ui.share.copied ? 'the link was copied to the clipboard' : `the link was offered to copy by hand: ${outcome}`);
    if (outcome !== ui.share.copied && !(outcome ?? '').includes(`/steps/${CHARTED.id}/`)) {
      problems.push(`${stop}: within 3 s neither "${ui.share.copied}" nor a link to copy by hand to steps/${CHARTED.id}/, but "${outcome}"`);
    }
    await at(stop);

    // 7. Compare, opened with Enter.
    stop = 'stop 7 (Compare button)';
    await tabTo(session, stop, '.share-bar > button', { text: ui.share.compare });
    await at(stop);
    await keys(session, KEYS.Enter);
    const compared = await session.until('return location.search.includes("page=compare") && document.title.startsWith(arguments[0])', { args: [ui.share.compare] });
    stop = 'stop 7 (Compare button, after Enter)';
    await at(stop, async () => compared ? null : `Enter did not open Compare (address ${await search(session)}, title "${await title(session)}")`,
      async () => (await focusedIs(session, '.share-bar > button', ui.share.compare)) ? null : `focus moved to ${await focused(session)}`);

    // 8. Enter again on Compare, still focused, comes back to the chip step with the flipped assumption.
    stop = 'stop 8 (back to the walkthrough)';
    await keys(session, KEYS.Enter);
    const back = await session.until('return !location.search.includes("page=compare") && document.title.startsWith(arguments[0])', { args: [TITLES[target]] });
    await at(stop,
      async () => back ? null : `Enter on Compare again did not come back to "${TITLES[target]}" (address ${await search(session)}, title "${await title(session)}")`,
      async () => {
        const here = await address(session);
        return here === `steps/${CHARTED.id}/?v=1&chips=${flipped}` ? null
          : `the address is ${here}, not step ${CHARTED.id}'s page with chips=${flipped}`;
      });
  } catch (e) {
    problems.push(e.message);
  }
  assert.deepEqual(problems, [], `the keyboard journey:\n${problems.join('\n')}`);
});

test('Previous/Next keep working from the keyboard without a detour', async () => {
  const { session } = ctx.browser;
  const problems = [];
  /**
   * Presses Enter on the focused `button` ("Previous" or "Next") until `to`, from the step at `from`: each press
   * moves one step and updates the title, and focus stays on the button; on the last move the button is disabled
   * (no step beyond), and focus is then still on something in sight, not lost.
   */
  const walk = async (button, from, to) => {
    const css = `.step-nav button:${button === ui.next ? 'last' : 'first'}-of-type`;
    await tabTo(session, `reaching ${button}`, css, { text: button, start: 'back' });
    const by = to > from ? 1 : -1;
    for (let i = from + by; i !== to + by; i += by) {
      const stop = `Enter on ${button} to step ${i + 1} "${TITLES[i]}"`;
      await keys(session, KEYS.Enter);
      const moved = await session.until(`return ${STEP_HERE} === arguments[0] && document.title.startsWith(arguments[1])`, { args: [i === 0 ? null : ORDER[i], TITLES[i]] });
      if (!moved) {
        problems.push(`${stop}: not there (address ${await search(session)}, title "${await title(session)}")`);
        return;
      }
      if (i !== to && !await session.until('return document.activeElement.matches(arguments[0])', { args: [css], ms: 1000 })) problems.push(`${stop}: focus moved to ${await focused(session)}`);
      for (const p of await focusProblems(session)) problems.push(`${stop}${i === to ? `, where ${button} is disabled` : ''}: ${p}`);
    }
  };
  await session.goto(`${ctx.server.url}?v=1&step=${ORDER[0]}`);
  await session.waitFor('main h2');
  await walk(ui.next, 0, ORDER.length - 1);
  await session.goto(`${ctx.server.url}?v=1&step=${ORDER[ORDER.length - 1]}`);
  await session.waitFor('main h2');
  await walk(ui.previous, ORDER.length - 1, 0);
  assert.deepEqual(problems, [], problems.join('\n'));
});
