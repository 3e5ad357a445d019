// Screen sizes for the layout tests: the window resized until the page's viewport is exactly the size asked for
// (the window's frame, if any, differs by engine), and screenshots written when `E2E_SHOTS` names a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The three classroom projectors (XGA, WXGA, full HD). */
export const PROJECTORS = [[1024, 768], [1280, 800], [1920, 1080]];

/** Makes the viewport `width` × `height` CSS pixels (at the engine's own scale); returns what it got. */
export async function viewport(session, width, height) {
  await session.cmd('POST', '/window/rect', { width, height }).catch(() => {});
  for (let tries = 0; tries < 3; tries++) {
    const [w, h] = await session.execute('return [innerWidth, innerHeight]');
    if (w === width && h === height) break;
    await session.cmd('POST', '/window/rect', { width: width + (width - w), height: height + (height - h) }).catch(() => {});
  }
  return session.execute('return [innerWidth, innerHeight]');
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
