// A small W3C WebDriver client over fetch: enough to drive any engine's driver (chromedriver, geckodriver,
// WebKitWebDriver) the same way.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a driver binary on a free port and waits until it answers /status. The driver and the browsers it starts
 * keep their profiles in a temporary folder of their own (TMPDIR), removed when the driver stops: a browser the
 * driver did not get to close (a killed run, a session never deleted) left its profile, about 86 MB, in /tmp.
 */
export async function startDriver(binary, args = (port) => [`--port=${port}`]) {
  const port = await freePort();
  const profiles = mkdtempSync(join(tmpdir(), 'e2e-driver-'));
  const child = spawn(binary, args(port), {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env: { ...process.env, TMPDIR: profiles },
  });
  let stderr = '';
  let taken = 0;
  child.stderr.on('data', (d) => { stderr += d; });
  /** The whole lines the driver (and the browser it started) wrote to stderr since the last call. */
  const takeOutput = () => {
    const end = Math.max(taken, stderr.lastIndexOf('\n') + 1);
    const lines = stderr.slice(taken, end);
    taken = end;
    return lines.split('\n').filter(Boolean);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${binary} exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok && (await res.json()).value?.ready) return { url, stop: () => stopGroup(child, profiles), takeOutput };
    } catch { /* not up yet */ }
    await sleep(100);
  }
  await stopGroup(child, profiles);
  throw new Error(`${binary} did not start within 20 s: ${stderr}`);
}

/**
 * Ends a driver and everything it started (xvfb-run starts a display server and the driver), then removes the
 * folder of their profiles once the driver has exited.
 */
async function stopGroup(child, profiles) {
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { child.kill(); }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
  rmSync(profiles, { recursive: true, force: true });
}

/**
 * Run in a page over WebDriver, records in `window.__e2eErrors` of the page and of each same-origin frame what
 * goes wrong there: uncaught errors, unhandled rejections, console.error calls, failed loads and CSP violations.
 * Scripts run over WebDriver are exempt from the page's CSP; they run in the page's own world, so the page's
 * console.error is the wrapped one. It sees only what happens after it ran; see `Session.record`.
 */
const RECORDER = `for (const w of [window, ...Array.from(frames)]) {
  try {
    if (w.__e2eErrors) continue;
    const errors = w.__e2eErrors = [];
    w.addEventListener('error', (e) => errors.push('message' in e
      ? \`\${e.message} (\${e.filename}:\${e.lineno})\` : \`cannot load \${e.target.src || e.target.href}\`), true);
    w.addEventListener('unhandledrejection', (e) => errors.push(\`unhandled rejection: \${e.reason}\`));
    w.addEventListener('securitypolicyviolation', (e) => errors.push(\`CSP \${e.violatedDirective} blocked \${e.blockedURI}\`));
    const error = w.console.error;
    w.console.error = (...args) => { errors.push(\`console.error: \${args.join(' ')}\`); error.apply(w.console, args); };
  } catch { /* a cross-origin frame; the recorder runs in it when the test switches into it */ }
}`;

/** Empties the recorders of the page and its same-origin frames; returns what they held, each with its page. */
const TAKE = `return [window, ...Array.from(frames)].flatMap((w) => {
  try { return (w.__e2eErrors ?? []).splice(0).map((e) => \`\${w.location.href}: \${e}\`); } catch { return []; }
});`;

/** What `Session.goto` throws when the page loaded but the app did not replace its readable page in time. */
export class AppDidNotStart extends Error {}

export class Session {
  static async create(driverUrl, capabilities) {
    const res = await fetch(`${driverUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`cannot start a browser session: ${JSON.stringify(body.value)}`);
    return new Session(driverUrl, body.value.sessionId);
  }

  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
    this.errors = [];
  }

  async cmd(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  /**
   * Runs `command` (one that may replace the page or switch to another frame) with the page recorder: what the
   * current page recorded is kept first, and the recorder runs in the page found after. Errors thrown before it
   * runs, while the new page loads, are not seen here; the engine's own log catches them where it has one.
   */
  async record(command) {
    // Firefox may answer null for a frame whose page is being replaced (a newsroom test switched into a frame just
    // given a new address): nothing recorded there yet.
    this.errors.push(...(await this.execute(TAKE) ?? []));
    const result = await command();
    await this.execute(RECORDER);
    return result;
  }

  /** Everything the page recorder has seen since the last call, each line with its page. */
  async pageErrors() {
    this.errors.push(...(await this.execute(TAKE) ?? []));
    return this.errors.splice(0);
  }

  /**
   * Opens `url` and waits for its page to load and, on a page of the explainer, for the app to replace the readable
   * page it starts with (`#static`), within `appWithin` ms; `{ app: false }` waits for the load alone. WebKitGTK's
   * driver may answer before the new page is there, when the old one changes its address meanwhile
   * (history.replaceState, as the app does just after it starts): the old page is marked, and the wait ends once
   * the page found is another one.
   */
  goto(url, { app = true, appWithin = 30000 } = {}) {
    return this.record(async () => {
      await this.execute('window.__e2eLeft = true');
      await this.cmd('POST', '/url', { url });
      for (const deadline = Date.now() + 30000; ; await sleep(50)) {
        // A script may fail in a page that is going away: ask again.
        if (await this.execute('return !window.__e2eLeft && document.readyState === "complete"').catch(() => false)) break;
        if (Date.now() > deadline) throw new Error(`${url} did not load within 30 s`);
      }
      if (!app) return;
      for (const deadline = Date.now() + appWithin; ; await sleep(50)) {
        if (await this.execute('return !document.getElementById("static")').catch(() => false)) return;
        if (Date.now() > deadline) throw new AppDidNotStart(`${url}: the app did not start within ${appWithin} ms`);
      }
    });
  }
  execute(script, args = []) { return this.cmd('POST', '/execute/sync', { script, args }); }
  executeAsync(script, args = []) { return this.cmd('POST', '/execute/async', { script, args }); }
  async find(css) { return (await this.cmd('POST', '/element', { using: 'css selector', value: css }))[ELEMENT]; }
  async findAll(css) { return (await this.cmd('POST', '/elements', { using: 'css selector', value: css })).map((e) => e[ELEMENT]); }
  /** The first button inside `scope` (a CSS selector) named `name`: its `aria-label`, or else its text. */
  async findButton(scope, name) {
    const found = await this.execute(`return [...document.querySelectorAll(arguments[0] + ' button')]
      .find((b) => (b.getAttribute('aria-label') || b.textContent).trim() === arguments[1]) || null`, [scope, name]);
    if (!found) throw new Error(`no button named "${name}" in ${scope}`);
    return found[ELEMENT];
  }
  /** Scrolls the element to the middle of the viewport (clear of sticky bars), then clicks it. */
  async click(element) {
    await this.execute('arguments[0].scrollIntoView({ block: "center" })', [{ [ELEMENT]: element }]);
    return this.cmd('POST', `/element/${element}/click`, {});
  }
  text(element) { return this.cmd('GET', `/element/${element}/text`); }
  attribute(element, name) { return this.cmd('GET', `/element/${element}/attribute/${name}`); }
  quit() { return this.cmd('DELETE', ''); }
  back() { return this.record(() => this.cmd('POST', '/back', {})); }
  forward() { return this.record(() => this.cmd('POST', '/forward', {})); }
  /** Switches into the iframe `element`, or back to the top page with no argument. */
  frame(element) {
    return this.record(() => this.cmd('POST', '/frame', { id: element ? { [ELEMENT]: element } : null }));
  }

  /**
   * Polls `script` (a function body, given `args`) every 50 ms until it returns something truthy, and returns that.
   * A script that fails (in a page on its way out, say) counts as falsy. After `ms`: with `what`, throws naming it
   * and what the page showed (`seen`, a script, or the last value); without, returns the last value, for a test
   * that reports what it found instead. A wait that throws gives the page 10 s by default (only a failure waits that
   * long: a machine running the three engines at once is slow at times); one that reports, 3 s.
   */
  async until(script, { args = [], what, ms = what ? 10000 : 3000, seen } = {}) {
    for (const deadline = Date.now() + ms; ; await sleep(50)) {
      const value = await this.execute(script, args).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) {
        if (!what) return value;
        const shown = seen ? await this.execute(seen, args).catch((e) => `(cannot tell: ${e.message})`) : value;
        throw new Error(`${what} did not happen within ${ms} ms; seen: ${JSON.stringify(shown)}`);
      }
    }
  }

  /** Polls until `css` matches, or fails after `ms` saying what the page showed. */
  async waitFor(css, ms = 30000) {
    const deadline = Date.now() + ms;
    for (;;) {
      // A frame whose page is being replaced can answer "Callback was not called before the unload event" (WebKit,
      // once, measuring a sandboxed embed): asked again once it has its new page.
      const found = await this.findAll(css).catch((e) => {
        if (/before the unload event/i.test(e.message)) return [];
        throw e;
      });
      if (found.length > 0) return found[0];
      if (Date.now() > deadline) {
        // What was there instead, so a rare failure says what the browser showed.
        const page = await this.execute(`return [location.href, document.readyState, !!document.getElementById('static'),
          (document.body?.innerText ?? '').slice(0, 160)]`).catch((e) => [`no page: ${e.message}`]);
        throw new Error(`nothing matched ${css} within ${ms} ms; the page: ${JSON.stringify(page)}`);
      }
      await sleep(50);
    }
  }
}

/** Key values of the WebDriver actions API. */
export const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Space: ' ',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Escape: '\uE00C', End: '\uE010', Home: '\uE011',
};

/**
 * Presses and releases keys on whatever has focus, one after the other, in one "key" input source of the
 * actions API: each of `presses` is a key, or an array of keys held together (`[KEYS.Shift, KEYS.Tab]` is
 * Shift+Tab: down in order, up in reverse). Every key is released at the end.
 */
export async function keys(session, ...presses) {
  const actions = presses.flatMap((p) => {
    const held = Array.isArray(p) ? p : [p];
    return [...held.map((value) => ({ type: 'keyDown', value })), ...[...held].reverse().map((value) => ({ type: 'keyUp', value }))];
  });
  await session.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await session.cmd('DELETE', '/actions');
}

/** Presses and releases one key on whatever has focus. */
export function press(session, key) {
  return keys(session, key);
}
