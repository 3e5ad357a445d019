// A small W3C WebDriver client over fetch: enough to drive any engine's driver (chromedriver, geckodriver,
// WebKitWebDriver) the same way.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

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

/** Starts a driver binary on a free port and waits until it answers /status. */
export async function startDriver(binary, args = (port) => [`--port=${port}`]) {
  const port = await freePort();
  const child = spawn(binary, args(port), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${binary} exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok && (await res.json()).value?.ready) return { url, stop: () => stopGroup(child) };
    } catch { /* not up yet */ }
    await sleep(100);
  }
  stopGroup(child);
  throw new Error(`${binary} did not start within 20 s: ${stderr}`);
}

/** Ends a driver and everything it started (xvfb-run starts a display server and the driver). */
function stopGroup(child) {
  try { process.kill(-child.pid, 'SIGTERM'); } catch { child.kill(); }
}

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

  goto(url) { return this.cmd('POST', '/url', { url }); }
  execute(script, args = []) { return this.cmd('POST', '/execute/sync', { script, args }); }
  executeAsync(script, args = []) { return this.cmd('POST', '/execute/async', { script, args }); }
  async find(css) { return (await this.cmd('POST', '/element', { using: 'css selector', value: css }))[ELEMENT]; }
  async findAll(css) { return (await this.cmd('POST', '/elements', { using: 'css selector', value: css })).map((e) => e[ELEMENT]); }
  /** Scrolls the element to the middle of the viewport (clear of sticky bars), then clicks it. */
  async click(element) {
    await this.execute('arguments[0].scrollIntoView({ block: "center" })', [{ [ELEMENT]: element }]);
    return this.cmd('POST', `/element/${element}/click`, {});
  }
  text(element) { return this.cmd('GET', `/element/${element}/text`); }
  attribute(element, name) { return this.cmd('GET', `/element/${element}/attribute/${name}`); }
  quit() { return this.cmd('DELETE', ''); }
  back() { return this.cmd('POST', '/back', {}); }
  forward() { return this.cmd('POST', '/forward', {}); }
  /** Switches into the iframe `element`, or back to the top page with no argument. */
  frame(element) {
    return element ? this.cmd('POST', '/frame', { id: { [ELEMENT]: element } }) : this.cmd('POST', '/frame', { id: null });
  }

  /** Polls until `css` matches, or fails after `ms`. */
  async waitFor(css, ms = 30000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = await this.findAll(css);
      if (found.length > 0) return found[0];
      if (Date.now() > deadline) throw new Error(`nothing matched ${css} within ${ms} ms`);
      await sleep(50);
    }
  }
}

/** Key values of the WebDriver actions API. */
export const KEYS = { ArrowLeft: '\uE012', ArrowRight: '\uE014' };

/** Presses and releases one key on whatever has focus. */
export async function press(session, key) {
  await session.cmd('POST', '/actions', {
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
  });
  await session.cmd('DELETE', '/actions');
}
