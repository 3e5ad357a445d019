// Measuring an embedded step as a writer's page holds it: the embed code from the step's panel, put in a host
// page that strips its resizing script, in a 720-pixel column. Shared by embed.test.mjs, which checks a sample of
// the heights stored in content/data/steps.json, and measure.mjs (`cargo xtask measure`), which writes them all.

/** A host page that strips the embed code's script; it records the heights the frame posts, as a host could. */
export const BLANK_HOST = `<!doctype html><html lang="en"><head><title>A host that strips scripts</title><link rel="icon" href="data:,">
<script src="blank-host.js"></script></head><body></body></html>`;
export const BLANK_HOST_SCRIPT = `window.heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'ai-gambit:height') window.heights.push(e.data.height); });`;
/** The files to serve beside dist/ for `measureEmbed`. */
export const EMBED_HOST_FILES = { 'blank-host.html': BLANK_HOST, 'blank-host.js': BLANK_HOST_SCRIPT };

/** The height an embed code gives its frame. */
export const heightOf = (code) => Number(/height="(\d+)"/.exec(code)?.[1]);

/** The embed code of `step`, with or without the controls, as the step's panel gives it. */
export async function codeOf(session, url, step, controls) {
  await session.goto(`${url}?v=1&step=${step}`);
  await session.waitFor('main h2');
  await session.click(await session.find('.embed-code summary'));
  if (!controls) await session.click(await session.find('.embed-option input'));
  return session.execute('return document.querySelector(".embed-code textarea").value');
}

/**
 * How tall the embedded step's content is in `code`'s frame, 720 pixels wide, in a host that strips the script: the
 * frame's own height, or what it would scroll if anything overflows. Read once the frame has posted that very
 * height to its host (the app posts whenever its height changes, once laid out), so the step is whole.
 */
export async function measureEmbed(session, url, code) {
  await session.goto(`${url}blank-host.html`, { app: false });
  await session.execute('document.body.innerHTML = arguments[0].replace(/<script>[\\s\\S]*<\\/script>/, "").replace(\'width="100%"\', \'width="720"\')', [code]);
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
