// Measuring an embedded step as a writer's page holds it: the embed code from the step's panel, put in a host
// page that strips its resizing script, in a 720-pixel column and in a narrow one (300 pixels: a sidebar, and so
// any phone's column, 358 pixels on a 390-pixel phone), with a scenario changed from 2025 (an embedded step then
// names it in a line of its own), with the frame's script and without (`measureEmbed`'s `script`). Shared by
// embed.test.mjs, which checks a sample of the heights stored in content/data/steps.json, and measure.mjs (`cargo
// xtask measure`), which writes them all.
import { MODEL, text } from './content.mjs';

/** The widths of the frame measured: an article's column and a narrow one (a 300 px sidebar, narrower than a phone's). */
export const WIDTHS = [720, 300];

/** A host page that strips the embed code's script; it records the heights the frame posts, as a host could. */
export const BLANK_HOST = `<!doctype html><html lang="en"><head><title>A host that strips scripts</title><link rel="icon" href="data:,">
<script src="blank-host.js"></script></head><body></body></html>`;
export const BLANK_HOST_SCRIPT = `window.heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'ai-gambit:height') window.heights.push(e.data.height); });`;
/** The files to serve beside dist/ for `measureEmbed`. */
export const EMBED_HOST_FILES = { 'blank-host.html': BLANK_HOST, 'blank-host.js': BLANK_HOST_SCRIPT };

/** The height an embed code gives its frame (its attribute: the wide column's, where the CSS height ends). */
export const heightOf = (code) => Number(/height="(\d+)"/.exec(code)?.[1]);

/**
 * The query of a scenario changed from 2025 for `step`, as a writer embeds it: the assumption its view varies
 * with (else its first control, else the model's first assumption) at the option whose sentence is longest.
 */
export function changedScenario(step) {
  const { id, varies_with: varies, controls = [] } = step;
  const assumptions = MODEL.assumptions;
  const a = assumptions.find((x) => x.id === varies) ?? assumptions.find((x) => controls.includes(x.id)) ?? assumptions[0];
  const sentences = (a.id === varies && text('steps.json')[id].variants) || {};
  const [option] = a.options.filter((o) => o !== a.default)
    .sort((x, y) => (sentences[y]?.length ?? 0) - (sentences[x]?.length ?? 0));
  return `&${a.id}=${option}`;
}

/**
 * The embed code of `step` as the step's panel gives it (in the scenario `query`): with the controls (`true`),
 * without (`false`), or the chart and its figures only (`'compact'`).
 */
export async function codeOf(session, url, step, controls, query = '') {
  await session.goto(`${url}?v=1&step=${step}${query}`);
  await session.waitFor('main h2');
  await session.click(await session.find('.embed-code summary'));
  if (controls === 'compact') await session.click(await session.find('.embed-compact input'));
  else if (!controls) await session.click(await session.find('.embed-figures input'));
  return session.execute('return document.querySelector(".embed-code textarea").value');
}

/** The three forms of an embed the panel offers, as `codeOf` takes them, and the keys of their stored heights. */
export const FORMS = [[true, 'controls'], [false, 'view'], ['compact', 'compact']];

/**
 * How tall the embedded step's content is in `code`'s frame, `width` pixels wide, in a host that strips the script:
 * the frame's own height, or what it would scroll if anything overflows. Read once the frame has posted that very
 * height to its host (the app posts whenever its height changes, once laid out), so the step is whole. With `tall`,
 * in a frame taller than any step, to measure the content itself: in a frame too short, a scrollbar narrows the
 * page and its text wraps longer.
 */
export async function measureEmbed(session, url, code, width = WIDTHS[0], { tall = false, script = true } = {}) {
  // WebKitGTK's driver may lose the frame it was handed while the page inside replaces its readable page (a stale
  // element): measure again, from a fresh host page.
  for (let tries = 1; ; tries++) {
    try {
      // Held by the attribute alone, as a site that strips the style too has it: the CSS height, which wins over
      // it, follows the screen's width, not the frame's (e2e/embed.test.mjs checks it on a phone's and a laptop's).
      const unstyled = code.replace(/ style="[^"]*"/, ' style="border:0"');
      const held = tall ? unstyled.replace(/height="\d+"/, 'height="8000"') : unstyled;
      // Without script: the frame sandboxed without `allow-scripts`, as a CMS may hold it.
      return script ? await measureOnce(session, url, held, width) : await measureStatic(session, url, held.replace('<iframe ', '<iframe sandbox="allow-same-origin" '), width);
    } catch (e) {
      if (tries >= 3 || !/stale element/i.test(e.message)) throw e;
      await session.frame().catch(() => {});
    }
  }
}

/** The content's height of `code`'s frame whose script cannot run: once its page and its stylesheet are loaded. */
async function measureStatic(session, url, code, width) {
  await session.goto(`${url}blank-host.html`, { app: false });
  await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "").replace(\'width="100%"\', `width="${arguments[1]}"`)', [code, width]);
  const frame = await session.waitFor('iframe');
  await session.frame(frame);
  try {
    await session.waitFor('.embedded-title', 30000);
    await session.until('return document.readyState === "complete"', { what: 'the frame\'s page loaded' });
    return await session.execute(`const root = document.documentElement; const own = Math.ceil(root.getBoundingClientRect().height);
      return Math.max(own, root.scrollHeight > root.clientHeight ? root.scrollHeight : 0)`);
  } finally {
    await session.frame();
  }
}

async function measureOnce(session, url, code, width) {
  await session.goto(`${url}blank-host.html`, { app: false });
  await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "").replace(\'width="100%"\', `width="${arguments[1]}"`)', [code, width]);
  const frame = await session.waitFor('iframe');
  await session.frame(frame);
  await session.waitFor('.embedded-title', 30000);
  await session.frame();
  // The page's height as the app measures it for its message, and the content's (with what it would scroll).
  const CONTENT = `const root = document.documentElement; const own = Math.ceil(root.getBoundingClientRect().height);
    return [own, Math.max(own, root.scrollHeight > root.clientHeight ? root.scrollHeight : 0)]`;
  for (const deadline = Date.now() + 10000; ;) {
    await session.frame(frame);
    const [own, content] = await session.execute(CONTENT);
    await session.frame();
    const posted = await session.execute('return window.heights');
    if (posted.at(-1) === own) return content;
    if (Date.now() > deadline) {
      throw new Error(`the frame's page is ${own} px high, but the heights it posted are ${JSON.stringify(posted)}`);
    }
    await session.until('return window.heights.length > arguments[0]', { args: [posted.length], ms: 200 });
  }
}
