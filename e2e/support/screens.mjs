// Screen sizes for the layout tests: the window resized until the page's viewport is exactly the size asked for
// (the window's frame, if any, differs by engine), and screenshots written when `E2E_SHOTS` names a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The three classroom projectors (XGA, WXGA, full HD). */
export const PROJECTORS = [[1024, 768], [1280, 800], [1920, 1080]];

/** Makes the viewport `width` × `height` CSS pixels (at the engine's own scale); returns what it got. */
export async function viewport(session, width, height) {
  let ask = [width, height];
  for (let tries = 0; tries < 4; tries++) {
    const before = await inner(session);
    if (before[0] === width && before[1] === height) return before;
    await session.cmd('POST', '/window/rect', { width: ask[0], height: ask[1] }).catch(() => {});
    const [w, h] = await settledAfter(session, before);
    if (w === width && h === height) return [w, h];
    // The window's frame, reckoned from a size the window has taken (not one it is still leaving).
    ask = [ask[0] + (width - w), ask[1] + (height - h)];
  }
  return inner(session);
}

const inner = (session) => session.execute('return [innerWidth, innerHeight]');
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The viewport once a resize has been applied: changed from `before` and the same on two reads in a row (or as it is
 * after a second, if it never changes: a window that cannot grow). An engine may answer the resize before applying
 * it (WebKitGTK under load, reh22): reckoning the frame from the old size then overshot, and a 1024×768 slide was
 * measured in a 418-pixel-tall window.
 */
async function settledAfter(session, before) {
  let last = before, same = 0;
  for (let waited = 0; waited < 1000 && same < 2; waited += 50) {
    await pause(50);
    const now = await inner(session);
    const moved = now[0] !== before[0] || now[1] !== before[1];
    same = moved && now[0] === last[0] && now[1] === last[1] ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** A phone, 390 × 844 at 2×, in Chromium (its DevTools protocol); elsewhere a 390-pixel-wide window. */
export async function phone(session) {
  const emulated = await session.cmd('POST', '/goog/cdp/execute', {
    cmd: 'Emulation.setDeviceMetricsOverride', params: { width: 390, height: 844, deviceScaleFactor: 2, mobile: true },
  }).then(() => true, () => false);
  if (!emulated) await viewport(session, 390, 844);
}

/** Undoes [`phone`]. */
export async function noPhone(session) {
  await session.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.clearDeviceMetricsOverride', params: {} }).catch(() => {});
}

/** Writes a screenshot of the page as `<E2E_SHOTS>/<name>.png`, when `E2E_SHOTS` is set. */
export async function shot(session, name) {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  const png = await session.cmd('GET', '/screenshot');
  await writeFile(join(folder, `${name}.png`), Buffer.from(png, 'base64'));
}
