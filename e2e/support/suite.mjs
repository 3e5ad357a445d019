// What every end-to-end file shares: the built dist/ served from a sub-folder, and one session of the engine this
// run uses (`E2E_BROWSER`), started before the file's tests and stopped after them.
import { before, after } from 'node:test';
import { serveDist } from './server.mjs';
import { browserEngine } from './browsers.mjs';

export const DIST = process.env.DIST ?? new URL('../../dist', import.meta.url).pathname;

/**
 * Registers the hooks and returns an object that holds `server` and `browser` once they are up. `serverOptions`
 * gives the server's options (headers, extra pages); with `skip`, nothing starts.
 */
export function suite({ serverOptions = async () => ({}), skip = false } = {}) {
  const ctx = { server: null, browser: null };
  before(async () => {
    if (skip) return;
    ctx.server = await serveDist(DIST, await serverOptions());
    ctx.browser = await browserEngine.start();
  });
  after(async () => {
    await ctx.browser?.stop();
    await ctx.server?.close();
  });
  return ctx;
}
