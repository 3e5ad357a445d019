// The browser engines the end-to-end suite runs on, all over plain W3C WebDriver: Chromium (chromedriver),
// Firefox ESR (geckodriver) and WebKit (WebKitWebDriver, under a virtual X display). `E2E_BROWSER` picks one;
// `cargo xtask test` runs the suite once per engine. An engine that cannot start fails with the driver's words.
import { startDriver, AppDidNotStart, Session } from './webdriver.mjs';

const chromium = {
  name: 'chromium',
  async start() {
    const driver = await startDriver(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver');
    const session = await Session.create(driver.url, {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,900'],
      },
      'goog:loggingPrefs': { browser: 'ALL' },
    });
    // Chromium's log holds every error and console.error of every page and frame, from the page's first script on.
    return engine(session, driver, async () => {
      const entries = await session.cmd('POST', '/se/log', { type: 'browser' });
      return entries.filter((e) => e.level === 'SEVERE').map((e) => `chromium log: ${e.message}`);
    });
  },
};

const firefox = {
  name: 'firefox',
  async start() {
    const driver = await startDriver(process.env.GECKODRIVER ?? 'geckodriver', (port) => ['--port', String(port)]);
    const session = await Session.create(driver.url, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900'],
        // Full-precision timers, so the benchmark can time a single toggle (Firefox rounds to 1 ms by default).
        prefs: { 'privacy.reduceTimerPrecision': false },
      },
    });
    // Firefox writes the uncaught errors and rejections of every page and frame to stderr, from the first script on.
    return engine(session, driver, async () => driver.takeOutput().filter((l) => l.startsWith('JavaScript error: http')));
  },
};

const webkit = {
  name: 'webkit',
  async start() {
    const driver = await startDriver('xvfb-run', (port) => ['-a', 'WebKitWebDriver', `--port=${port}`]);
    const session = await Session.create(driver.url, {
      'webkitgtk:browserOptions': { args: ['--automation'] },
    });
    await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
    // About one WebKitGTK page load in a few thousand never started the app when it used
    // WebAssembly.instantiateStreaming: the page loaded, the wasm arrived whole, and the promise never settled, with
    // no error (found by stress runs). start.js now instantiates from the bytes; should a start stall all the same,
    // a page whose app has not started 10 s after loading is opened once more, and the run says so; a second stall
    // still fails.
    const goto = session.goto.bind(session);
    session.goto = async (url, options = {}) => {
      try {
        await goto(url, { ...options, appWithin: 10000 });
      } catch (e) {
        if (!(e instanceof AppDidNotStart)) throw e;
        console.log(`# WebKit start stall at ${url}: opened once more`);
        await goto(url, options);
      }
    };
    return engine(session, driver);
  },
};

/**
 * A started engine. `errors` returns what went wrong in its pages since the last call: what the recorder that
 * every navigation runs in the page saw (uncaught errors, rejections, console.error, failed loads, CSP violations;
 * see `Session.record`), and the engine's own log of errors where it has one. The log catches what the recorder
 * cannot: errors thrown while a page loads, before the recorder runs, and in frames the test never entered.
 * WebKitGTK's driver has no log, so there an error thrown before the recorder runs goes unseen; a failed start
 * still shows, as the app never renders.
 */
function engine(session, driver, log = async () => []) {
  return {
    session,
    async errors() { return [...await session.pageErrors(), ...await log()]; },
    async stop() {
      try { await session.quit(); } finally { await driver.stop(); }
    },
  };
}

/** Every engine, by name. */
export const engines = { chromium, firefox, webkit };

/** The engine this run uses: `E2E_BROWSER`, or Chromium. */
export const browserEngine = (() => {
  const name = process.env.E2E_BROWSER ?? 'chromium';
  const found = engines[name];
  if (!found) throw new Error(`unknown E2E_BROWSER "${name}": use one of ${Object.keys(engines).join(', ')}`);
  return found;
})();
